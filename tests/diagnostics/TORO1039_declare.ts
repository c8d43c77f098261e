// Ambient declarations in application code.
declare function external(value: i32): i32; // expect: TORO1039
declare const LIMIT: i32; // expect: TORO1039
declare class Device { // expect: TORO1039
  read(): u8;
}
declare namespace Hardware { // expect: TORO1039
  function reset(): void;
}

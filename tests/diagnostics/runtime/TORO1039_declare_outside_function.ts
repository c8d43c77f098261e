// Runtime files may declare functions, and nothing else.
declare function __toro_runtime_entry(): void;
declare const BASE_ADDRESS: usize; // expect: TORO1039
declare class Register { // expect: TORO1039
  value: u32;
}

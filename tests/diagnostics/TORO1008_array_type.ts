// Plain array types: T[], Array<T>, ReadonlyArray<T>, readonly T[].
function sum(values: i32[]): i32 { // expect: TORO1008
  return 0;
}
let names: Array<string>; // expect: TORO1008
let frozen: readonly f64[]; // expect: TORO1008
let view: ReadonlyArray<u8>; // expect: TORO1008
let grid: i32[][]; // expect: TORO1008

// Computed, quoted and numeric member names.
const KEY = "size";
class Odd {
  [KEY]: i32 = 0; // expect: TORO1033
  "quoted name": i32 = 1; // expect: TORO1033
  0: i32 = 2; // expect: TORO1033
  "run"(): void {} // expect: TORO1033
}

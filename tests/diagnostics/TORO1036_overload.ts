// Overload signatures.
function scale(value: i32): i32; // expect: TORO1036
function scale(value: f64): f64; // expect: TORO1036
function scale(value: f64): f64 {
  return value * 2;
}
class Parser {
  constructor(text: string); // expect: TORO1036
  constructor(text: string) {}
  parse(text: string): i32; // expect: TORO1036
  parse(text: string): i32 {
    return 0;
  }
}

// Function and constructor types: functions are not values in the dialect.
let callback: (value: i32) => i32; // expect: TORO1011
function apply(operation: (a: f64) => f64, value: f64): f64 { // expect: TORO1011
  return operation(value);
}
class Box {
  size: i32 = 0;
}
let factory: new () => Box; // expect: TORO1011

// Function types, and top-level functions passed, stored and called as values.
function square(x: f64): f64 {
  return x * x;
}
function half(x: f64): f64 {
  return x / 2;
}
function apply(operation: (value: f64) => f64, value: f64): f64 {
  return operation(value);
}
let chosen: (value: f64) => f64 = square;
console.log(apply(chosen, 3));
chosen = half;
console.log(apply(chosen, 3), chosen(8));

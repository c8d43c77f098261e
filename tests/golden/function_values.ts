// Top-level functions as values: passed as arguments, stored in variables and
// class fields, compared, and called through all of them.
function square(x: f64): f64 {
  return x * x;
}
function negate(x: f64): f64 {
  return -x;
}
function twice(operation: (value: f64) => f64, value: f64): f64 {
  return operation(operation(value));
}
function countDown(n: i32, step: (remaining: i32) => void): void {
  for (let i: i32 = n; i > 0; i--) step(i);
}
function report(remaining: i32): void {
  console.log("remaining", remaining);
}

class Pipeline {
  first: (value: f64) => f64;
  second: (value: f64) => f64;
  constructor(first: (value: f64) => f64, second: (value: f64) => f64) {
    this.first = first;
    this.second = second;
  }
  run(value: f64): f64 {
    return this.second(this.first(value));
  }
}

console.log(twice(square, 3), twice(negate, 2.5));
let chosen: (value: f64) => f64 = square;
console.log(chosen(1.5), chosen === square, chosen === negate);
chosen = negate;
console.log(chosen(1.5));
countDown(3, report);
const pipeline = new Pipeline(square, negate);
console.log(pipeline.run(4), pipeline.first(2));

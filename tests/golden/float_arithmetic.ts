// f64 arithmetic follows IEEE 754 double precision: rounding, overflow to
// infinity, underflow, NaN propagation and comparisons.
const a = 0.1;
const b = 0.2;
console.log(a + b, a + b === 0.3, Math.abs(a + b - 0.3) < 1e-15);
console.log(1 - 0.9, 3 * 1.1, 0.7 + 0.1, 1.1 * 1.1);
const big = 1e308;
console.log(big * 10, -big * 10, big / 1e-10);
const tiny = 5e-324;
console.log(tiny / 2, tiny * 0.5, -tiny / 2, tiny * 2);
const zero = 0;
console.log(1 / zero, -1 / zero, zero / zero, Infinity - Infinity, Infinity * zero);
const nan = NaN;
console.log(nan + 1, nan * 0, nan === nan, nan < nan, nan >= nan);
const limit = 9007199254740992;
console.log(limit + 1, limit + 2, limit - 1);
console.log(0.1 * 3 === 0.3, 0.5 + 0.25 === 0.75, 1e16 + 1 === 1e16);

let sum = 0;
for (let i: i32 = 0; i < 1000; i++) {
  sum += 0.001;
}
console.log("thousand thousandths", sum);

let product = 1.0;
for (let i: i32 = 1; i <= 170; i++) {
  product *= f64(i);
}
console.log("170!", product, "171!", product * 171);

const negative = -2.5;
console.log(-negative, negative * negative, negative / 0.5, negative - -negative);
console.log(7 / 2, -7 / 2, 1 / 3 + 1 / 3 + 1 / 3);

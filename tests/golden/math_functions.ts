// The Math functions of the dialect, including their treatment of halves,
// negative values, -0, NaN and the infinities.
console.log(Math.PI, Math.E);
console.log(Math.sqrt(2), Math.sqrt(16), Math.sqrt(0), Math.sqrt(-1), Math.sqrt(Infinity), Math.sqrt(-0));
console.log(Math.abs(-3.5), Math.abs(3.5), Math.abs(-0), Math.abs(-Infinity), Math.abs(NaN));
console.log(Math.floor(1.5), Math.floor(-1.5), Math.floor(-0.5), Math.floor(3), Math.floor(-Infinity));
console.log(Math.ceil(1.5), Math.ceil(-1.5), Math.ceil(-0.5), Math.ceil(0.000001), Math.ceil(NaN));
console.log(Math.trunc(2.7), Math.trunc(-2.7), Math.trunc(-0.7), Math.trunc(1e300));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.round(-0.5), Math.round(1.5), Math.round(-1.5));
console.log(Math.round(4503599627370495.5), Math.round(-4.6), Math.round(4.4));
console.log(Math.min(1, 2), Math.max(1, 2), Math.min(-0, 0), Math.max(-0, 0), Math.min(NaN, 1), Math.max(1, NaN));
console.log(Math.min(-Infinity, 5), Math.max(Infinity, 5));

function hypotenuse(a: f64, b: f64): f64 {
  return Math.sqrt(a * a + b * b);
}
console.log(hypotenuse(3, 4), hypotenuse(1, 1));

function clamp(value: f64, low: f64, high: f64): f64 {
  return Math.max(low, Math.min(high, value));
}
console.log(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10));

let estimate = 1.0;
for (let i: i32 = 0; i < 6; i++) {
  estimate = (estimate + 2 / estimate) / 2;
}
console.log("Newton's square root of 2:", estimate, estimate === Math.sqrt(2));

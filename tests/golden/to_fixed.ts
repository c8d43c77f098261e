// toFixed(digits) for 0 to 20 digits and beyond: correct rounding of the
// exact binary value (so 1.005 rounds down and 2.5 rounds up), negative
// values, -0, large values and values of 1e21 and above.
const values = new Float64Array(12);
values[0] = 1.005;
values[1] = 2.5;
values[2] = 1.45;
values[3] = -1.5;
values[4] = 0.000001;
values[5] = 123.456;
values[6] = -0.0001;
values[7] = 1e20;
values[8] = 0.5;
values[9] = 1.255;
values[10] = 8.345;
values[11] = 10.235;
for (const value of values) {
  console.log(value, value.toFixed(0), value.toFixed(1), value.toFixed(2), value.toFixed(3));
}
const third = 1 / 3;
for (let digits: i32 = 0; digits <= 20; digits += 4) {
  console.log(digits, third.toFixed(digits));
}
console.log((0.1).toFixed(20), (0.1).toFixed(30));
console.log((1.23456789).toFixed(100));
console.log((1e21).toFixed(2), (-1e21).toFixed(2), (999999999999999900000).toFixed(1));
console.log((-0).toFixed(2), (0).toFixed(0), (-2.5).toFixed(0), (-0.5).toFixed(0));
console.log(NaN.toFixed(2), Infinity.toFixed(1), (-Infinity).toFixed(0));
console.log((5e-324).toFixed(2), (1.7976931348623157e308).toFixed(0).length);
const price = 19.99;
const quantity: i32 = 3;
console.log("total: " + (price * f64(quantity)).toFixed(2));

// Float32Array rounds stored values to single precision; Float64Array keeps
// doubles, including NaN, the infinities and -0.
const singles = new Float32Array(4);
console.log("Float32Array length", singles.length, "first", singles[0]);
singles[0] = f32(0.1);
singles[1] = f32(1e40);
singles[2] = f32(-1e-50);
singles[3] = f32(123456789);
console.log(singles[0], singles[1], singles[2], singles[3]);

const doubles = new Float64Array(6);
console.log("Float64Array length", doubles.length);
doubles[0] = 0.1;
doubles[1] = NaN;
doubles[2] = -Infinity;
doubles[3] = -0;
doubles[4] = 1.7976931348623157e308;
doubles[5] = 5e-324;
for (const value of doubles) {
  console.log(value);
}

let sum = 0;
const series = new Float64Array(10);
for (let i: i32 = 0; i < series.length; i++) {
  series[i] = 1 / f64(i + 1);
}
for (const value of series) {
  sum += value;
}
console.log("harmonic(10) =", sum);

const rounded = new Float32Array(1);
rounded[0] = f32(series[2]);
console.log(series[2], rounded[0], f64(rounded[0]) === series[2]);

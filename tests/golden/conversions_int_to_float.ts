// Integer to float conversions, f32 rounding of wide integers, and booleans
// converted to numbers (false is 0, true is 1).
const a: i32 = 7;
const b: i32 = 2;
console.log(f64(a) / f64(b));

const big: u32 = 4294967295;
console.log(f64(big) + 1);

const negative: i8 = -100;
console.log(f64(negative) * 0.5);

const wide: i64 = 9007199254740991;
console.log(f64(wide));

const oddInteger: i32 = 16777217;
console.log(f32(oddInteger), f64(oddInteger));

console.log(f64(true), i32(false), u8(true), f32(true), i64(true), usize(false));

const flag: boolean = a > b;
console.log(i32(flag) + 10);

let multiplesOfThree: i32 = 0;
for (let i: i32 = 0; i < 20; i++) {
  multiplesOfThree += i32(i % 3 === 0);
}
console.log("multiples of three below 20:", multiplesOfThree);

const count: i32 = 3;
const total: f64 = 10;
console.log("average", total / f64(count));

// Float to integer conversions truncate toward zero and wrap like
// JavaScript's ToInt32; NaN and the infinities give 0.
const values = new Float64Array(12);
values[0] = 3.7;
values[1] = -3.7;
values[2] = 0.5;
values[3] = -0.5;
values[4] = NaN;
values[5] = Infinity;
values[6] = -Infinity;
values[7] = 2147483648;
values[8] = -2147483649;
values[9] = 4294967296.5;
values[10] = 10000000000;
values[11] = 255.9;

for (const value of values) {
  console.log(value, i32(value), u32(value), i8(value), u8(value), i16(value), u16(value));
}

console.log(i64(3.9), i64(-3.9), i64(NaN), i64(Infinity), i64(-0.5));
console.log(u64(2.5), usize(7.99), isize(-7.99), u64(1000000000000000.5));
console.log(i32(f32(2.7)), u8(f32(-1.5)));
console.log(i32(Math.PI * 1000), i32(-Math.E * 1000));

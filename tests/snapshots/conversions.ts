// Explicit conversions between number types, and strings from numbers.
function convert(x: f64): string {
  const small: i8 = i8(x);
  const wide: u64 = u64(small);
  const single: f32 = f32(x);
  return `${small} ${wide} ${single} ${i32(x) + 1}`;
}
console.log(convert(300.75));

// Integer wrapping, checked division and shifts: the instructions chosen for each.
function mix(a: i32, b: i32): i32 {
  return (a * b + (a / b)) ^ (a >> 3) ^ (a % b);
}
function narrow(x: u8, n: u8): u8 {
  return (x << n) + 1;
}
console.log(mix(7, 2), narrow(200, 1));

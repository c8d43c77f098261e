// The remainder takes the sign of the dividend, for integers and floats.
// Integer results are wrapped in a conversion: under Node an integer
// remainder of zero with a negative dividend is -0, which the dialect's
// integers do not have.
function remainder(a: i32, b: i32): i32 {
  return i32(a % b);
}
console.log(remainder(7, 3), remainder(-7, 3), remainder(7, -3), remainder(-7, -3));
console.log(remainder(-6, 3), remainder(0, 5), remainder(-2147483648, 10), remainder(2147483647, -10));

const allOnes: u32 = 4294967295;
console.log(allOnes % 10, allOnes % 4294967294);

const smallest: i8 = -128;
const seven: i8 = 7;
console.log(i8(smallest % seven));

const wide: i64 = -9007199254740991;
const thousand: i64 = 1000;
console.log(i64(wide % thousand));

// Wrapping an index into 0..n-1 for negative positions.
const n: i32 = 5;
for (let i: i32 = -7; i <= 7; i += 7) {
  console.log("wrapped", i, i32((i % n + n) % n));
}

// Floating-point remainder keeps the sign of the dividend, including -0.
const x = 5.5;
const y = 2;
console.log(x % y, -x % y, x % -y, -x % -y);
const four = 4;
console.log(-four % y, four % y);
const tenth = 0.1;
const threeTenths = 0.3;
console.log(threeTenths % tenth);
const zero = 0;
console.log(four % zero, Infinity % y, y % Infinity);

// i64, u64, isize and usize, with values that stay within 2^53 in magnitude
// (the Node reference represents them as doubles).
const a: i64 = 9007199254740991;
const b: i64 = -9007199254740991;
console.log(a, b);

const c: i64 = 4294967296;
console.log(c * 1000, c + c, c - 1);
console.log(i64(c / 3), i64(a / 2));

const m: i64 = -7;
const n: i64 = 2;
console.log(i64(m / n), i64(m % n));

const unsigned: u64 = 9007199254740991;
console.log(unsigned, u64(unsigned / 1024));

const signedSize: isize = -5;
const size: usize = 10;
console.log(signedSize * 3, size * 3);

const minusOne: i32 = -1;
const allOnes: u32 = 4294967295;
const wide: i64 = 4294967297;
const negativeWide: i64 = -1;
console.log(i64(minusOne), u64(allOnes), i32(wide), u32(negativeWide), i8(wide));
const five: i32 = 5;
const seven: usize = 7;
console.log(usize(five), isize(seven), i64(size), usize(c));

let factorial: i64 = 1;
for (let k: i64 = 1; k <= 18; k++) {
  factorial = factorial * k;
}
console.log("18! =", factorial);

let total: u64 = 0;
for (let k: i32 = 0; k < 1000; k++) {
  total = total + u64(k) * 1000000000;
}
console.log("sum", total);

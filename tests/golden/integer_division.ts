// Integer division truncates toward zero. Written i32(a / b) so that Node,
// whose `/` is always floating point, truncates too.
function divide(a: i32, b: i32): i32 {
  return i32(a / b);
}

function divideUnsigned(a: u32, b: u32): u32 {
  return u32(a / b);
}

console.log(divide(7, 2), divide(-7, 2), divide(7, -2), divide(-7, -2));
console.log(divide(1, 3), divide(-1, 3), divide(0, 5));
console.log(divide(2147483647, 2), divide(-2147483648, 2), divide(-2147483648, 2147483647));
console.log(divideUnsigned(4294967295, 2), divideUnsigned(4294967295, 4294967295), divideUnsigned(5, 10));

const smallest: i8 = -128;
const three: i8 = 3;
console.log(i8(smallest / three));
const byte: u8 = 255;
const two: u8 = 2;
console.log(u8(byte / two));
const wide: i64 = 9007199254740991;
const wideTwo: i64 = 2;
console.log(i64(wide / wideTwo));

function digitSum(value: i32): i32 {
  let rest: i32 = value;
  let sum: i32 = 0;
  while (rest > 0) {
    sum += rest % 10;
    rest = i32(rest / 10);
  }
  return sum;
}
console.log("digit sum", digitSum(987654321));

const dividends = new Int32Array(5);
dividends[0] = 17;
dividends[1] = -17;
dividends[2] = 100;
dividends[3] = -1;
dividends[4] = 0;
const divisors = new Int32Array(4);
divisors[0] = 5;
divisors[1] = -5;
divisors[2] = 1;
divisors[3] = -100;
let identityHolds: boolean = true;
for (const a of dividends) {
  for (const b of divisors) {
    const quotient: i32 = i32(a / b);
    const remainder: i32 = i32(a % b);
    console.log(a, b, quotient, remainder);
    identityHolds = identityHolds && quotient * b + remainder === a;
  }
}
console.log("a === (a / b) * b + a % b:", identityHolds);

// Bitwise and, or, xor and not. JavaScript's bitwise operators give signed
// 32-bit results, so u32 results that may exceed 2^31 are wrapped in u32(...).
const a: i32 = 12;
const b: i32 = 10;
console.log(a & b, a | b, a ^ b, ~a);

const mask: i32 = 0xff;
const v: i32 = 0x12345678;
console.log(v & mask, (v >> 8) & mask, (v >> 16) & mask, (v >> 24) & mask);
const minusOne: i32 = -1;
console.log(minusOne & 0xff, minusOne ^ 0x0f, minusOne | 0, ~minusOne);

const x: u32 = 0xdeadbeef;
console.log(x);
console.log(u32(x & 0xffff0000), u32(x | 1), u32(x ^ 0xffffffff), u32(~x));
console.log(x & 0xff, x >>> 16, u32(x & x));

function popcount(value: u32): i32 {
  let count: i32 = 0;
  let rest: u32 = value;
  while (rest !== 0) {
    count += i32(rest & 1);
    rest = rest >>> 1;
  }
  return count;
}
console.log("popcount", popcount(x), popcount(0), popcount(4294967295));

const p: u8 = 0xf0;
const q: u8 = 0x3c;
console.log(p & q, p | q, p ^ q, u8(~p));
const r: i16 = 0x0ff0;
const s: i16 = -256;
console.log(r & s, r | s, r ^ s, i16(~r));

function isPowerOfTwo(n: i32): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}
for (let n: i32 = 0; n <= 10; n++) {
  if (isPowerOfTwo(n)) {
    console.log(n, "is a power of two");
  }
}
let flags: i32 = 0;
flags |= 1 << 3;
flags |= 1 << 5;
flags &= ~(1 << 3);
flags ^= 1;
console.log("flags", flags);

// Shifts: >> is arithmetic on signed types, >>> is logical, << wraps at the
// type's width. Shift counts stay below the width.
const a: i32 = -16;
console.log(a >> 2, a >>> 28, a << 3, a >> 0);

const one: i32 = 1;
console.log(one << 30, one << 31);
for (let s: i32 = 0; s < 32; s += 5) {
  console.log("1 <<", s, "=", one << s);
}

const b: i32 = 1000;
console.log(b >> 3, b << 20, b << 22);

const u: u32 = 4294967295;
console.log(u >>> 4, u >>> 31, u >>> 0, u32(u << 4));
const high: u32 = 2147483648;
console.log(high >>> 31, high >>> 1);
const small: u32 = 1024;
console.log(small >> 3, small << 2);

const c: i8 = -128;
console.log(c >> 1, i8(c << 1), c >> 7);
const d: u8 = 200;
console.log(d >> 1, u8(d << 1), d >>> 1);
const e: i16 = -32768;
console.log(e >> 15, i16(e << 1));
const f: u16 = 40000;
console.log(f >> 4, u16(f << 1));

// Extracting the bytes of a word.
const word: u32 = 305419896;
for (let shift: u32 = 0; shift < 32; shift += 8) {
  console.log("byte at", shift, (word >>> shift) & 255);
}

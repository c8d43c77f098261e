// i8, u8, i16 and u16 wrap at their own width, and converting between
// integer types wraps to the target's width.
const a: i8 = 127;
const b: i8 = -128;
console.log(a, b);
console.log(i8(a + 1), i8(b - 1), i8(b * -1));

const c: u8 = 255;
const d: u8 = 0;
console.log(c, d);
console.log(u8(c + 1), u8(d - 1), u8(c * c));

const e: i16 = 32767;
const f: i16 = -32768;
console.log(i16(e + 1), i16(f - 1), i16(e * 2));

const g: u16 = 65535;
console.log(u16(g + 1), u16(g * g));

let k: u8 = 250;
for (let i: i32 = 0; i < 10; i++) {
  k = u8(k + 1);
}
console.log("u8 counter", k);

let m: i8 = -120;
for (let i: i32 = 0; i < 10; i++) {
  m = i8(m - 1);
}
console.log("i8 counter", m);

const unsignedByte: u8 = 200;
const signedByte: i8 = -1;
const wide: i32 = 300;
const negativeWide: i32 = -300;
const unsignedShort: u16 = 65535;
const signedShort: i16 = -2;
console.log(i8(unsignedByte), u8(signedByte), i8(wide), u8(negativeWide));
console.log(i16(unsignedShort), u16(signedShort), i32(unsignedByte), i32(signedShort));
console.log(u16(negativeWide), i16(wide), u8(unsignedShort), i8(unsignedShort));

// Every compound assignment operator, on integers, floats and strings.
let a: i32 = 100;
a += 5;
console.log("+=", a);
a -= 20;
console.log("-=", a);
a *= 3;
console.log("*=", a);
a /= 5;
console.log("/=", a);
a %= 7;
console.log("%=", a);
a <<= 4;
console.log("<<=", a);
a >>= 2;
console.log(">>=", a);
a |= 3;
console.log("|=", a);
a &= 10;
console.log("&=", a);
a ^= 15;
console.log("^=", a);

let negative: i32 = -64;
negative >>= 3;
console.log("-64 >>= 3:", negative);
let logical: u32 = 4294967295;
logical >>>= 28;
console.log("u32 >>>= 28:", logical);

let wraps: u8 = 250;
wraps = u8(wraps + 10);
console.log("u8 wrap", wraps);

let x = 10.0;
x += 0.5;
x -= 3;
x *= 2;
x /= 4;
console.log("f64", x);
x %= 1;
console.log("f64 %=", x);

let half: f32 = f32(1);
half = f32(half / f32(2));
console.log("f32", half);

let text = "x";
text += "y";
text += `${a}`;
console.log(text);

const cells = new Int32Array(2);
cells[0] += 7;
cells[0] *= 6;
cells[1] -= cells[0];
console.log(cells[0], cells[1]);

const bytes = new Uint8Array(1);
bytes[0] = 250;
bytes[0] += 10;
console.log("Uint8Array element += wraps on store:", bytes[0]);

// u32: unsigned 32-bit arithmetic, wrapping explicit with u32(...), and
// unsigned comparison.
const top: u32 = 4294967295;
const zero: u32 = 0;
console.log(top, zero);
console.log(u32(top + 1), u32(zero - 1));

const x: u32 = 3000000000;
console.log(x > 2000000000, x < 2000000000);
console.log(u32(x + x), u32(x * 3));
console.log(u32(x / 7), x % 7);

const half: u32 = 2147483648;
console.log(half, u32(half * 2), u32(half + half - 1));

// A linear congruential generator (Numerical Recipes' constants).
let state: u32 = 12345;
for (let i: i32 = 0; i < 5; i++) {
  state = u32(state * 1664525 + 1013904223);
  console.log("random", state);
}
const small: u32 = 7;
const large: u32 = 4000000000;
console.log(u32(small - large));
console.log(small < large, large >= small, small === small);

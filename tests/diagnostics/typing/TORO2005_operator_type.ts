// Bitwise operators work on integers: convert a float first.
const x: f64 = 1.5;
const bits = x | 1; // expect: TORO2005
const fine: i32 = i32(x) | 1;
console.log(bits, fine);

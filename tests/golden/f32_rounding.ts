// f32 values round to single precision after every operation. Values enter
// f32 through f32(...) so that Node (Math.fround) rounds them the same way.
const a: f32 = f32(0.1);
const b: f32 = f32(0.2);
console.log(a, b);
console.log(f32(a + b), f32(a * b), f32(b - a), f32(b / a));
console.log(f64(a) === 0.1, f64(a) > 0.1);

const one: f32 = f32(1);
const three: f32 = f32(3);
console.log(f32(one / three));

console.log(f32(16777217), f32(16777219), f32(3.4028234663852886e38), f32(3.5e38), f32(1e-46), f32(1.4e-45));

let sum: f32 = f32(0);
let sum64 = 0;
for (let i: i32 = 0; i < 10; i++) {
  sum = f32(sum + a);
  sum64 = sum64 + 0.1;
}
console.log("ten tenths:", sum, sum64);

const stored = new Float32Array(3);
stored[0] = a;
stored[1] = f32(Math.PI);
stored[2] = f32(-2.5);
for (const value of stored) {
  console.log("stored", value);
}
const two: f32 = f32(2);
console.log(f32(Math.sqrt(f64(two))));
console.log(f32(NaN), f32(-Infinity), i32(f32(7.9)));

// i32 arithmetic wraps at 32 bits. Each overflowing expression sits inside
// i32(...): the dialect has already wrapped it, and under Node the conversion
// does the wrapping, so both print the same.
const max: i32 = 2147483647;
const min: i32 = -2147483648;
console.log(max, min);
console.log(i32(max + 1));
console.log(i32(min - 1));
console.log(i32(max + max));
console.log(i32(max * 2));
console.log(i32(-min));

const big: i32 = 100000;
console.log(i32(big * big));
console.log(i32(big * -big));

let hash: i32 = 0;
for (let i: i32 = 0; i < 100; i++) {
  hash = i32(hash * 31 + i);
}
console.log("hash", hash);

let counter: i32 = 2147483640;
for (let i: i32 = 0; i < 10; i++) {
  counter = i32(counter + 1);
}
console.log("counter", counter);
console.log(i32(max + 1) < 0);
console.log(i32(min - 1) > 0);

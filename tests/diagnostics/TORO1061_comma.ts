// The comma operator (several declarations in one let are fine).
let a: i32 = 0,
  b: i32 = 0;
a = 1, b = 2; // expect: TORO1061
for (let i: i32 = 0, j: i32 = 10; i < j; i++, j--) { // expect: TORO1061
  console.log(i, j);
}

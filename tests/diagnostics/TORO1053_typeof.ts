// The typeof operator.
const count: i32 = 3;
console.log(typeof count); // expect: TORO1053
if (typeof count === "number") { // expect: TORO1053
  console.log("number");
}

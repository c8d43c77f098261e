// Errors TypeScript's own checker finds come first, in tsc's format and codes.
function add(a: i32, b: i32): i32 {
  return a + b;
}
const limit: i32 = 10;
limit = 11; // expect: TS2588
console.log(add(1)); // expect: TS2554
const number = i32("12"); // expect: TS2345
function nothing(): void {
  return 1; // expect: TS2322
}
nothing();

// Destructuring in declarations, parameters and assignments.
class Pair {
  first: i32 = 1;
  second: i32 = 2;
}
const pair = new Pair();
const { first, second } = pair; // expect: TORO1024
function sumOf({ first, second }: Pair): i32 { // expect: TORO1024
  return first + second;
}
let a: i32 = 1;
let b: i32 = 2;
[a, b] = [b, a]; // expect: TORO1024, TORO1050

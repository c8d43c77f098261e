// Array literals.
const primes = [2, 3, 5, 7]; // expect: TORO1050
function empty(): i32 {
  const nothing = []; // expect: TORO1050
  return nothing.length;
}
console.log(["a", "b"].length); // expect: TORO1050

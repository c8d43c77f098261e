// Literal types.
let direction: "left"; // expect: TORO1012
let one: 1 = 1; // expect: TORO1012
function alwaysTrue(): true { // expect: TORO1012
  return true;
}
let negative: -1 = -1; // expect: TORO1012

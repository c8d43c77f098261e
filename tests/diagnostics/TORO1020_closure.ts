// Closures: arrow functions, function expressions and nested function declarations.
const double = (value: i32): i32 => value * 2; // expect: TORO1020
const triple = function (value: i32): i32 { // expect: TORO1020
  return value * 3;
};
function outer(): i32 {
  function inner(): i32 { // expect: TORO1020
    return 1;
  }
  return inner();
}

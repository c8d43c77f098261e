// arguments.
function count(a: i32, b: i32): i32 {
  return arguments.length; // expect: TORO1067
}

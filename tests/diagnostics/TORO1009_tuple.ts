// Tuple types.
let pair: [i32, string]; // expect: TORO1009
function first(values: [i32, i32]): i32 { // expect: TORO1009
  return values[0];
}

// Rest parameters (their array type is reported too).
function total(...values: i32[]): i32 { // expect: TORO1023, TORO1008
  return 0;
}

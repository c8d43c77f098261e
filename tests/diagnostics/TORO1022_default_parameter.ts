// Default parameter values.
function repeat(text: string, count: i32 = 2): string { // expect: TORO1022
  return text.repeat(count);
}

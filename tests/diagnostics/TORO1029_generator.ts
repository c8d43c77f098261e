// Generators: function*, yield.
function* counter(): Int32Array { // expect: TORO1029
  yield 1; // expect: TORO1029
}
class Numbers {
  *values(): Int32Array { // expect: TORO1029
    yield 2; // expect: TORO1029
  }
}

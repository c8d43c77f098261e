// Interfaces.
interface Shape { // expect: TORO1016
  area(): f64;
  readonly sides: i32;
}

// Parameter properties.
class Point {
  constructor(private x: f64, readonly y: f64) {} // expect: TORO1035
}
class Size {
  constructor(public width: f64) {} // expect: TORO1035
}

// Type-level operators.
class Point {
  x: f64 = 0;
  y: f64 = 0;
}
let key: keyof Point; // expect: TORO1013
const origin: Point = new Point();
let same: typeof origin = origin; // expect: TORO1013
let coordinate: Point["x"] = 0; // expect: TORO1013
let label: `point-${string}`; // expect: TORO1013
function isPoint(value: Point): value is Point { // expect: TORO1013
  return true;
}
type Choice = Point extends Point ? i32 : f64; // expect: TORO1017, TORO1013

// for...in.
class Point {
  x: f64 = 0;
}
const point = new Point();
for (const key in point) { // expect: TORO1042
  console.log(key);
}

// Class expressions.
const Point = class { // expect: TORO1031
  x: f64 = 0;
};

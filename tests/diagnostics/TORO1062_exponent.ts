// The ** and **= operators.
const square: f64 = 3 ** 2; // expect: TORO1062
let power: f64 = 2;
power **= 3; // expect: TORO1062

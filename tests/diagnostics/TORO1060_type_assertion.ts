// Type assertions: as, <T>x, satisfies.
const big: f64 = 3.7;
const small = big as i32; // expect: TORO1060
const other = <i32>big; // expect: TORO1060
const checked = big satisfies f64; // expect: TORO1060

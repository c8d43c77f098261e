// The ?? operator.
let count: i32 = 0;
const shown: i32 = count ?? 1; // expect: TORO1069

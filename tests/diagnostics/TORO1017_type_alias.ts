// Type aliases, even of the dialect's own types.
type Index = i32; // expect: TORO1017
let position: Index = 0;

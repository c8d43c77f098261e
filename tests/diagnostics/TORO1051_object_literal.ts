// Object literals.
const origin = { x: 0, y: 0 }; // expect: TORO1051
const empty = {}; // expect: TORO1051

// Regular expressions.
const digits = /[0-9]+/; // expect: TORO1064

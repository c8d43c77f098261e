// export = and export as namespace.
const answer: i32 = 42;
export = answer; // expect: TORO1103
export as namespace Library; // expect: TORO1103

// eval, Function and Symbol.
eval("1 + 1"); // expect: TORO1068
const make = new Function("return 1"); // expect: TORO1068
const tag = Symbol("tag"); // expect: TORO1068

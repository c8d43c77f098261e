// Spread in calls, array literals and object literals.
const values = new Int32Array(2);
console.log(...values); // expect: TORO1052
const copy = [...values]; // expect: TORO1050, TORO1052
const clone = { ...values }; // expect: TORO1051, TORO1052

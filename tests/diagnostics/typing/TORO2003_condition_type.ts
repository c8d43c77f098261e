// Conditions are booleans: compare explicitly.
const count: i32 = 3;
if (count) { // expect: TORO2001
  console.log("nonzero");
}
if (count !== 0) {
  console.log("nonzero");
}

// Exceptions: throw and try.
function check(value: i32): i32 {
  if (value < 0) {
    throw "negative"; // expect: TORO1041
  }
  return value;
}
try { // expect: TORO1041
  check(1);
} catch (error) {
  console.log("failed");
} finally {
  console.log("done");
}

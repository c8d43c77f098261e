// A function that returns a value declares its return type.
function twice(x: i32) { // expect: TORO2012
  return x * 2;
}
twice(2);

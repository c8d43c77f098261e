// with.
class Box {
  size: i32 = 1;
}
const box = new Box();
with (box) { // expect: TORO1044
  console.log("boxed");
}

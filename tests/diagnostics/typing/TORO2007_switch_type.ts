// switch works on numbers, booleans and strings.
class Box {
  value: i32 = 1;
}
const box = new Box();
switch (box) { // expect: TORO2007
  default:
    console.log("box");
}

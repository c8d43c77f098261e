// Classes declared inside a function or a block.
function makeCounter(): i32 {
  class Counter { // expect: TORO1032
    count: i32 = 0;
  }
  return new Counter().count;
}
if (true) {
  class Local {} // expect: TORO1032
}

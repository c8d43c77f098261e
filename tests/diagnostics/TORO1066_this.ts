// this outside a class's constructor, methods and field initialisers.
function outside(): i32 {
  return this.value; // expect: TORO1066
}
console.log(this); // expect: TORO1066
class Counter {
  count: i32 = 0;
}
function increment(this: Counter): void { // expect: TORO1066
  console.log("increment");
}

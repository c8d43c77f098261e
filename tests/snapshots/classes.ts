// A class: its layout, field initialisers, constructor and a method.
class Counter {
  count: u32 = 10;
  step: u32;
  constructor(step: u32) {
    this.step = step;
  }
  advance(): u32 {
    this.count += this.step;
    return this.count;
  }
}
const counter = new Counter(5);
console.log(counter.advance());

// Static members and static blocks.
class Counter {
  static count: i32 = 0; // expect: TORO1027
  static increment(): void { // expect: TORO1027
    Counter.count++;
  }
  static { // expect: TORO1027
    console.log("loaded");
  }
}

// Inheritance: extends, implements, super, abstract, override.
class Animal {
  legs: i32 = 4;
}
class Bird extends Animal { // expect: TORO1026
  constructor() {
    super(); // expect: TORO1026
    this.legs = 2;
  }
}
abstract class Shape { // expect: TORO1026
  abstract area(): f64; // expect: TORO1026
}
class Walker {
  walk(): void {}
}
class Robot implements Walker { // expect: TORO1026
  walk(): void {}
}
class Penguin extends Animal { // expect: TORO1026
  override legs: i32 = 2; // expect: TORO1026
}

// new.target and import.meta.
class Widget {
  constructor() {
    console.log(new.target === Widget); // expect: TORO1071
  }
}
console.log(import.meta.url); // expect: TORO1071

// Non-null assertions and definite assignment assertions.
class Link {
  target: Link;
  constructor() {
    this.target = this;
  }
}
const link = new Link();
console.log(link.target!.target); // expect: TORO1059
let later!: i32; // expect: TORO1059
class Lazy {
  value!: i32; // expect: TORO1059
}

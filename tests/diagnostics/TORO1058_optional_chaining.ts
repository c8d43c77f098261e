// Optional chaining on properties, elements and calls.
class Link {
  next: Link;
  value: i32 = 0;
  constructor() {
    this.next = this;
  }
}
const link = new Link();
console.log(link?.value); // expect: TORO1058
console.log(link.next?.next.value); // expect: TORO1058
const values = new Int32Array(1);
console.log(values?.[0]); // expect: TORO1058
function get(): i32 {
  return 1;
}
console.log(get?.()); // expect: TORO1058

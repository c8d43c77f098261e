// Object types: type literals, the type object (outside the runtime), index signatures.
let point: { x: f64; y: f64 }; // expect: TORO1010
function area(size: { width: f64 }): f64 { // expect: TORO1010
  return size.width;
}
let someObject: object; // expect: TORO1010
class Table {
  [key: string]: i32; // expect: TORO1010
}

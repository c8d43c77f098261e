// Generics: type parameters and type arguments.
function identity<T>(value: T): T { // expect: TORO1015
  return value;
}
class Box<Item> { // expect: TORO1015
  item: Item;
  constructor(item: Item) {
    this.item = item;
  }
}
let number: i32 = identity<i32>(1); // expect: TORO1015
let boxed: Box<string> = new Box<string>("x"); // expect: TORO1015

// Constructor types: classes are not values. (Function types are in the dialect.)
class Box {
  size: i32 = 0;
}
let factory: new () => Box; // expect: TORO1011

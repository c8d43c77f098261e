// Enums, plain and const.
enum Color { // expect: TORO1037
  Red,
  Green,
}
const enum Size { // expect: TORO1037
  Small = 1,
}

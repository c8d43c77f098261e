// Union types in application code, as annotations and return types.
let either: i32 | string = 1; // expect: TORO1003
function pick(flag: boolean): string | boolean { // expect: TORO1003
  return flag;
}
class Cell {
  content: f64 | boolean = 0; // expect: TORO1003
}

// null as a value and as a type.
class Item {
  value: i32 = 0;
}
let nothing: Item | null = null; // expect: TORO1003, TORO1005
const missing = null; // expect: TORO1005
function isMissing(item: Item): boolean {
  return item === null; // expect: TORO1005
}

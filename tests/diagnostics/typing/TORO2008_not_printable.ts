// Only strings, numbers and booleans can be put in a template or turned into strings.
class Box {
  value: i32 = 1;
}
const box = new Box();
console.log(`${box}`); // expect: TORO2008
console.log(`${box.value}`);

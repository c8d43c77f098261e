// The instanceof operator.
class Cat {
  lives: i32 = 9;
}
const cat = new Cat();
console.log(cat instanceof Cat); // expect: TORO1054

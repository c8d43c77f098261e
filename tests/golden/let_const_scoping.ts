// let and const are block scoped; inner declarations shadow outer ones, and
// each loop iteration has its own const.
let x: i32 = 1;
{
  let x: i32 = 2;
  x = x * 10;
  console.log("inner block x", x);
}
console.log("outer x", x);

const greeting = "hello";
if (x === 1) {
  const greeting = "shadowed";
  console.log(greeting);
}
console.log(greeting);

for (let i: i32 = 0; i < 3; i++) {
  const square: i32 = i * i;
  console.log("square of", i, "is", square);
}

let text = "a";
text = text + "b";
text += "c";
console.log(text);

let ratio = 1.5;
ratio = ratio * 2;
console.log(ratio);

let total: i32 = 0;
let step: i32 = 1;
while (step <= 4) {
  const doubled: i32 = step * 2;
  total += doubled;
  step++;
}
console.log("total", total, "step", step);

function useParameter(x: i32): i32 {
  const y: i32 = x + 1;
  {
    const y: i32 = x + 100;
    x = y;
  }
  return x + y;
}
console.log(useParameter(5));

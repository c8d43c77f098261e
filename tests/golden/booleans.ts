// Booleans: printing, String(), templates, !, comparisons producing booleans,
// equality between booleans, and toString().
// Made by a function, so that TypeScript does not narrow them to the literal
// types true and false (and reject comparing them as "no overlap").
function truth(value: i32): boolean {
  return value > 0;
}
const yes: boolean = truth(1);
const no: boolean = truth(0);
console.log(yes, no);
console.log(String(yes), String(no), `${yes}/${no}`);
console.log(!yes, !no, !!yes);
console.log(yes === no, yes !== no, yes === !no);
console.log(yes.toString(), no.toString().length);
const a: i32 = 3;
const b: i32 = 4;
console.log(a < b, a > b, a <= 3, a >= 4, a === 3, a !== 3);
const bigger: boolean = b > a;
if (bigger) {
  console.log("b is bigger");
}
let toggled: boolean = false;
for (let i: i32 = 0; i < 5; i++) {
  toggled = !toggled;
}
console.log("toggled five times:", toggled);
function both(x: boolean, y: boolean): boolean {
  return x && y;
}
function either(x: boolean, y: boolean): boolean {
  return x || y;
}
console.log(both(yes, no), both(yes, yes), either(no, no), either(no, yes));
console.log("answer: " + String(a * b === 12));

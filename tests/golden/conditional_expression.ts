// The conditional operator ?: picks one branch and evaluates only that one;
// it nests and works on every value type.
function sign(n: i32): i32 {
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}
console.log(sign(42), sign(-42), sign(0));

function describe(n: i32): string {
  return n % 2 === 0 ? "even" : "odd";
}
console.log(describe(4), describe(7));

let evaluations: i32 = 0;
function noisy(value: f64): f64 {
  evaluations++;
  return value;
}
const chosen: f64 = evaluations === 0 ? noisy(1.5) : noisy(2.5);
console.log("chosen", chosen, "evaluations", evaluations);

const small: u8 = 3;
const other: u8 = 250;
const larger: u8 = small > other ? small : other;
console.log("larger", larger);

const flag: boolean = larger > 100 ? true : false;
console.log(flag, flag ? "yes" : "no", !flag ? "no" : "yes");

const plural: i32 = 3;
console.log(`${plural} item${plural === 1 ? "" : "s"}`);
const singular: i32 = 1;
console.log(`${singular} item${singular === 1 ? "" : "s"}`);
console.log(Math.max(sign(-5) === -1 ? 10 : 20, 15));

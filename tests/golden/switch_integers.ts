// switch over integers: matching cases, fall-through between cases, a default
// placed between cases, and break/continue inside loops.
function dayName(day: i32): string {
  switch (day) {
    case 0:
      return "Sunday";
    case 1:
      return "Monday";
    case 2:
      return "Tuesday";
    case 3:
      return "Wednesday";
    case 4:
      return "Thursday";
    case 5:
      return "Friday";
    case 6:
      return "Saturday";
    default:
      return "not a day";
  }
}
for (let day: i32 = -1; day <= 7; day++) {
  console.log(day, dayName(day));
}

function fallThrough(n: i32): string {
  let trail = "";
  switch (n) {
    case 1:
      trail += "one ";
    case 2:
      trail += "two ";
    case 3:
      trail += "three ";
      break;
    case 4:
      trail += "four ";
    default:
      trail += "default ";
    case 5:
      trail += "five ";
  }
  return trail;
}
for (let n: i32 = 0; n <= 6; n++) {
  console.log(n, fallThrough(n));
}

let outside: i32 = 0;
let handled: i32 = 0;
for (let i: i32 = 0; i < 10; i++) {
  switch (i % 4) {
    case 0:
      continue;
    case 1:
      handled += 1;
      break;
    default:
      handled += 10;
  }
  outside++;
}
console.log("handled", handled, "reached end of loop body", outside);

const code: u8 = 200;
switch (code) {
  case 100:
    console.log("continue");
    break;
  case 200:
    console.log("ok");
    break;
  case 255:
    console.log("max");
    break;
}
const big: i64 = 5000000000;
switch (big) {
  case 5000000000:
    console.log("five billion");
    break;
  default:
    console.log("something else");
}

function nested(a: i32, b: i32): string {
  switch (a) {
    case 0:
      switch (b) {
        case 0:
          return "both zero";
        default:
          return "a zero";
      }
    default:
      return b === 0 ? "b zero" : "neither";
  }
}
console.log(nested(0, 0), "/", nested(0, 1), "/", nested(1, 0), "/", nested(1, 1));

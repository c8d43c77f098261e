// Accepted: the dialect's statements: if, loops, for...of, switch, labelled loops, recursion.
function factorial(n: i32): i32 {
  if (n <= 1) {
    return 1;
  } else {
    return n * factorial(n - 1);
  }
}

function classify(code: i32): string {
  switch (code) {
    case 0:
      return "zero";
    case 1:
    case 2:
      return "small";
    default:
      return "large";
  }
}

function weekday(name: string): boolean {
  switch (name) {
    case "saturday":
    case "sunday":
      return false;
  }
  return true;
}

function fail(message: string): never {
  console.log(message);
  while (true) {}
}

let index: i32 = 0;
while (index < 3) {
  index++;
}
do {
  index--;
} while (index > 0);
for (let i: i32 = 0; i < 10; i += 2) {
  if (i === 4) continue;
  if (i === 8) break;
}
for (;;) {
  break;
}

const squares = new Int32Array(4);
for (const value of squares) {
  console.log(value);
}
for (const letter of "abc") {
  console.log(letter);
}

outer: for (let row: i32 = 0; row < 3; row++) {
  inner: for (let column: i32 = 0; column < 3; column++) {
    if (column > row) continue outer;
    if (row === 2) break outer;
    if (column === 1) continue inner;
  }
}
search: while (index < 10) {
  index++;
  do {
    if (index > 5) break search;
  } while (false);
}
ready: do {
  index--;
  if (index < 0) break ready;
} while (true);

{
  const scoped: i32 = factorial(5);
  console.log(scoped, classify(scoped), weekday("monday"));
}
;
if (index > 100) fail("unreachable");

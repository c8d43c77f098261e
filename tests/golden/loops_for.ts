// for loops: counting up and down, other steps, empty clauses, nesting,
// break and continue.
let up = "";
for (let i: i32 = 0; i < 5; i++) {
  up += String(i);
}
console.log(up);

let down = "";
for (let i: i32 = 5; i > 0; i--) {
  down += String(i);
}
console.log(down);

let byThrees = "";
for (let i: i32 = 0; i <= 20; i += 3) {
  byThrees += `${i},`;
}
console.log(byThrees);

let i: i32 = 0;
for (; i < 3; ) {
  i++;
}
console.log("i after for without init or update:", i);

let spins: i32 = 0;
for (;;) {
  spins++;
  if (spins === 7) {
    break;
  }
}
console.log("spins", spins);

for (let row: i32 = 1; row <= 4; row++) {
  let line = "";
  for (let column: i32 = 1; column <= 4; column++) {
    line += String(row * column).padStart(4);
  }
  console.log(line);
}

let evens: i32 = 0;
for (let k: i32 = 0; k < 10; k++) {
  if (k % 2 !== 0) continue;
  evens += k;
}
console.log("sum of evens below 10:", evens);

let halvings: i32 = 0;
for (let x = 1000.0; x > 1; x = x / 2) {
  halvings++;
}
console.log("halvings", halvings);

// Labelled break and continue leave or restart an outer loop from inside an
// inner one (for, while and do/while).
outer: for (let i: i32 = 0; i < 4; i++) {
  for (let j: i32 = 0; j < 4; j++) {
    if (j === 2) {
      continue outer;
    }
    if (i === 3) {
      break outer;
    }
    console.log("pair", i, j);
  }
}

let found = "";
search: for (let row: i32 = 1; row <= 9; row++) {
  for (let column: i32 = 1; column <= 9; column++) {
    if (row * column === 42) {
      found = `${row} x ${column}`;
      break search;
    }
  }
}
console.log("first product 42:", found);

let i: i32 = 0;
let visited: i32 = 0;
rows: while (i < 5) {
  i++;
  let j: i32 = 0;
  do {
    j++;
    if (j > i) {
      continue rows;
    }
    visited++;
  } while (j < 3);
}
console.log("visited", visited);

let primes = "";
candidates: for (let n: i32 = 2; n < 30; n++) {
  for (let d: i32 = 2; d * d <= n; d++) {
    if (n % d === 0) {
      continue candidates;
    }
  }
  primes += String(n) + " ";
}
console.log(primes);

let depth: i32 = 0;
first: for (let a: i32 = 0; a < 3; a++) {
  second: for (let b: i32 = 0; b < 3; b++) {
    for (let c: i32 = 0; c < 3; c++) {
      depth++;
      if (c === 1) continue second;
      if (b === 1) continue first;
      if (a === 2) break first;
    }
  }
}
console.log("innermost iterations", depth);

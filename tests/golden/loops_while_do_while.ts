// while and do/while: a do/while body runs at least once, a while body
// possibly never; break and continue in both.
let n: i32 = 27;
let steps: i32 = 0;
while (n !== 1) {
  n = n % 2 === 0 ? i32(n / 2) : 3 * n + 1;
  steps++;
}
console.log("collatz steps for 27:", steps);

let never: i32 = 0;
while (never > 0) {
  never++;
}
console.log("while body skipped:", never);

let once: i32 = 0;
do {
  once++;
} while (once > 100);
console.log("do body ran", once, "time");

let countdown: i32 = 5;
let sequence = "";
do {
  sequence = sequence + String(countdown) + " ";
  countdown--;
} while (countdown > 0);
console.log(sequence + "liftoff");

let i: i32 = 0;
let odds: i32 = 0;
while (true) {
  i++;
  if (i > 20) {
    break;
  }
  if (i % 2 === 0) {
    continue;
  }
  odds += i;
}
console.log("sum of odd numbers to 20:", odds);

let j: i32 = 0;
let skipped: i32 = 0;
do {
  j++;
  if (j % 3 === 0) {
    skipped++;
    continue;
  }
  if (j === 10) {
    break;
  }
} while (j < 100);
console.log("do/while stopped at", j, "after skipping", skipped);

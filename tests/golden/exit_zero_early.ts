// exit(0) in the middle of a loop ends the program with status 0.
import { exit } from "toro/kernel";

for (let i: i32 = 0; i < 10; i++) {
  console.log("iteration", i);
  if (i === 2) {
    exit(0);
  }
}
console.log("not printed");

// exit(code) from inside nested calls ends the program at once with that
// status; nothing after it runs.
import { exit } from "toro/kernel";

function finish(code: i32): void {
  console.log("finishing with status", code);
  exit(code);
  console.log("not printed: exit does not return");
}

function work(depth: i32): i32 {
  if (depth === 3) {
    finish(3);
  }
  return work(depth + 1) + 1;
}

console.log("before exit");
console.log(work(0));
console.log("not printed either");

// Module-level mutable variables: this module's own, and another module's
// changed through its exported functions.
import { currentCount, historyAt, increment, lastIncrementLabel, reset } from "./lib/counter";

let calls: i32 = 0;
let trace = "";
const squares = new Int32Array(4);

function record(name: string): void {
  calls++;
  trace += name;
}

function fillSquares(): void {
  for (let i: i32 = 0; i < squares.length; i++) {
    squares[i] = i * i;
  }
}

record("a");
record("b");
fillSquares();
console.log("calls", calls, "trace", trace, "squares", squares[1], squares[3]);

console.log("counter starts at", currentCount(), "label", lastIncrementLabel());
increment("first");
increment("second");
console.log("after two increments", increment("third"), lastIncrementLabel());
console.log("history", historyAt(0), historyAt(1), historyAt(2), historyAt(3));
reset();
console.log("after reset", currentCount(), lastIncrementLabel());
record("c");
console.log("calls", calls, "trace", trace);

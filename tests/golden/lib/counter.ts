// Helper module for the golden programs: module-level mutable state, changed
// only through the functions this module exports.
let count: i32 = 0;
let lastLabel = "none";
const history = new Int32Array(8);

export function increment(label: string): i32 {
  if (count < history.length) {
    history[count] = count * 10;
  }
  count++;
  lastLabel = label;
  return count;
}

export function currentCount(): i32 {
  return count;
}

export function lastIncrementLabel(): string {
  return lastLabel;
}

export function historyAt(index: i32): i32 {
  return history[index];
}

export function reset(): void {
  count = 0;
  lastLabel = "reset";
}

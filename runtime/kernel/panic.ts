// Panics: one report line on the console, then exit code 101.
//
// Report format (what tests and the documentation show):
//   panic: <message> at <file>:<line>
//   panic: index 5 out of bounds for length 3 at <file>:<line>
//   panic: integer division by zero at <file>:<line>
// A report is written piece by piece between beginPanic and endPanic and
// never builds a string, so it works when the heap is exhausted or not yet
// set up. CPU exceptions (arch/x86_64/exceptions.ts) and out-of-memory
// (memory/out_of_memory.ts) use the same two calls.
//
// Nesting: a panic that starts while another is being reported (a fault in
// the console, a bad string) prints one fixed line and exits at once; a
// third exits without touching the console. So a panic never recurses.
import { consoleWrite, consoleWriteByte } from "./console";
import { exitImmediately, exitKernel } from "./exit";
import { consoleWriteDecimal } from "./number_text";

export const PANIC_EXIT_CODE: i32 = 101;
const NEWLINE: u8 = 10;

/** How many panics have begun; only ever grows (the first one ends the run). */
let panicDepth: i32 = 0;

/** Starts a report with "panic: "; the caller writes the rest, then calls endPanic. */
export function beginPanic(): void {
  panicDepth++;
  if (panicDepth === 2) {
    consoleWrite("\npanic: another panic while reporting a panic\n");
    exitKernel(PANIC_EXIT_CODE);
  }
  if (panicDepth > 2) {
    exitImmediately(PANIC_EXIT_CODE);
  }
  consoleWrite("panic: ");
}

/** Ends the report line and the run. */
export function endPanic(): void {
  consoleWriteByte(NEWLINE);
  exitKernel(PANIC_EXIT_CODE);
}

export function __toro_panic(message: string, file: string, line: i32): void {
  beginPanic();
  consoleWrite(message);
  writeLocation(file, line);
  endPanic();
}

export function __toro_panic_bounds(index: i64, length: i32, file: string, line: i32): void {
  beginPanic();
  consoleWrite("index ");
  consoleWriteDecimal(index);
  consoleWrite(" out of bounds for length ");
  consoleWriteDecimal(i64(length));
  writeLocation(file, line);
  endPanic();
}

export function __toro_panic_division(file: string, line: i32): void {
  beginPanic();
  consoleWrite("integer division by zero");
  writeLocation(file, line);
  endPanic();
}

/** A panic without a source location: `panic: <message>`. */
export function panicWithoutLocation(message: string): void {
  beginPanic();
  consoleWrite(message);
  endPanic();
}

function writeLocation(file: string, line: i32): void {
  consoleWrite(" at ");
  consoleWrite(file);
  consoleWrite(":");
  consoleWriteDecimal(i64(line));
}

// Panics: one report line on the console, then the whole machine ends with
// code 101, whichever core panicked.
//
// Report format (what tests and the documentation show):
//   panic on core <rank> (thread <name>): <message> at <file>:<line>
//   panic on core 3 (thread main): index 9 out of bounds for length 4 at prog.ts:12
//   panic on core 0 (thread main): integer division by zero at <file>:<line>
// (preceded by "[<rank>] " when lines are tagged, console.ts). A report is
// written piece by piece between beginPanic and endPanic and never builds a
// string, so it works when the heap is exhausted or not yet set up. CPU
// exceptions (arch/x86_64/exceptions.ts) and out-of-memory
// (memory/out_of_memory.ts) use the same two calls.
//
// Several cores: the first core to begin a panic owns it (a compare-exchange
// on a shared cell, shared_state.ts); it takes the console, waiting for
// another core's line for at most a fraction of a second (console_lock.ts),
// writes its line and ends the machine. A core that begins a panic while
// another owns one halts: the owner is ending the run. So a panic ends the
// machine within a second and never waits on another core indefinitely.
//
// Nesting: a panic that starts while this core is reporting one (a fault in
// the console, a bad string) prints one fixed line and exits at once; a
// third exits without touching the console. So a panic never recurses.
import { atomicCompareExchange64, atomicLoad64 } from "toro/unsafe";
import { machineHalt } from "./arch/platform";
import { consoleWrite, consoleWriteByte, writeLineTag } from "./console";
import { acquireConsoleForPanic } from "./console_lock";
import { currentCore } from "./core_identity";
import { exitImmediately, exitKernel } from "./exit";
import { consoleWriteDecimal } from "./number_text";
import { CELL_PANIC_OWNER, sharedCell } from "./shared_state";

export const PANIC_EXIT_CODE: i32 = 101;
const NEWLINE: u8 = 10;

/** How many panics have begun on this core; only ever grows (the first one ends the run). */
let panicDepth: i32 = 0;
/** The thread reports name: each core runs its main thread until a scheduler renames it. */
let threadName: string = "main";

/** The name panic reports give the running thread (for the scheduler, when it switches threads). */
export function setReportedThreadName(name: string): void {
  threadName = name;
}

/** Starts a report with "panic on core N (thread T): "; the caller writes the rest, then calls endPanic. */
export function beginPanic(): void {
  panicDepth++;
  if (panicDepth === 2) {
    consoleWrite("\npanic on core ");
    consoleWriteDecimal(i64(currentCore()));
    consoleWrite(": another panic while reporting a panic\n");
    exitKernel(PANIC_EXIT_CODE);
  }
  if (panicDepth > 2) {
    exitImmediately(PANIC_EXIT_CODE);
  }
  if (!claimPanic()) {
    machineHalt();
  }
  acquireConsoleForPanic();
  writeLineTag();
  consoleWrite("panic on core ");
  consoleWriteDecimal(i64(currentCore()));
  consoleWrite(" (thread ");
  consoleWrite(threadName);
  consoleWrite("): ");
}

/**
 * Ends the whole run (every instance) with `code` after printing `message`
 * as one line: for fatal errors that are not faults, such as MPI's default
 * error handler and MPI_Abort. Like a panic, only the first core to get here
 * reports; any other stops.
 */
export function abortRun(message: string, code: i32): void {
  if (!claimPanic()) {
    machineHalt();
  }
  acquireConsoleForPanic();
  writeLineTag();
  consoleWrite(message);
  consoleWriteByte(NEWLINE);
  exitKernel(code);
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

/** A panic without a source location: `panic on core N (thread T): <message>`. */
export function panicWithoutLocation(message: string): void {
  beginPanic();
  consoleWrite(message);
  endPanic();
}

/** True when this core owns the machine's panic (it is the first to begin one). */
function claimPanic(): boolean {
  const owner: usize = sharedCell(CELL_PANIC_OWNER);
  if (owner === 0) {
    return true;
  }
  const me: u64 = u64(currentCore() + 1);
  return atomicCompareExchange64(owner, 0, me) || atomicLoad64(owner) === me;
}

function writeLocation(file: string, line: i32): void {
  consoleWrite(" at ");
  consoleWrite(file);
  consoleWrite(":");
  consoleWriteDecimal(i64(line));
}

// Ending the run: flush the console, then end the machine with an exit code.
import { machineExit, machineHalt } from "./arch/platform";
import { consoleFlush } from "./console";

/** Never returns. Codes 0..127 reach the host intact (arch debug_exit.ts). */
export function exitKernel(code: i32): void {
  consoleFlush();
  exitImmediately(code);
}

/** Ends the run without touching the console (for a panic inside a panic). */
export function exitImmediately(code: i32): void {
  machineExit(code);
  // Only reached on a machine without an exit device.
  machineHalt();
}

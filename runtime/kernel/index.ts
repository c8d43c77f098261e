// toro/kernel: what the kernel offers programs.
//
//   exit(code)   ends the run; `torotsc run` exits with the same code
//                (0..127 survive the trip through QEMU).
//   panic(msg)   prints `panic: <msg>` and ends the run with code 101.
//   argCount()   the number of program arguments (`torotsc run prog.ts a b`
//                gives 2; there is no program name).
//   arg(i)       argument i, exactly as given on the host, spaces and
//                non-ASCII included (command_line.ts explains the transport);
//                an index out of range is a panic.
import { argument, argumentCount } from "./command_line";
import { exitKernel } from "./exit";
import { panicWithoutLocation } from "./panic";

export function exit(code: i32): void {
  exitKernel(code);
}

export function panic(message: string): void {
  panicWithoutLocation(message);
}

export function argCount(): i32 {
  return argumentCount();
}

export function arg(index: i32): string {
  return argument(index);
}

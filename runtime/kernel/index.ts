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
//   memoryStatistics()  one line about this core's memory pool: capacity,
//                bytes in use, free pages, largest free run, peak pages in
//                use, live bytes after the last collection, counts of
//                collections and allocations (memory/statistics.ts).
//   collectGarbage()  collects this core's pool now (normally automatic).
import { argument, argumentCount } from "./command_line";
import { exitKernel } from "./exit";
import { collectThisCore } from "./memory/heap";
import {
  allocationCount,
  capacityBytes,
  collectionCount,
  freeBytes,
  largestFreeRunBytes,
  liveBytesAfterCollection,
  peakPagesInUseBytes,
  poolCore,
  usedBytes,
} from "./memory/statistics";
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

export function memoryStatistics(): string {
  return `core ${poolCore()}: capacity ${capacityBytes()} bytes, used ${usedBytes()}, free ${freeBytes()}, ` +
    `largest free run ${largestFreeRunBytes()}, peak pages in use ${peakPagesInUseBytes()}, ` +
    `live after last collection ${liveBytesAfterCollection()}, collections ${collectionCount()}, ` +
    `allocations ${allocationCount()}`;
}

export function collectGarbage(): void {
  collectThisCore();
}

// toro/kernel: what the kernel offers programs.
//
// The program runs once on every core, each instance with its own module
// variables, as N separate processes would.
//
//   rank()       this instance's rank: the index of its core, 0 .. cores() - 1.
//   cores()      the number of cores, hence of instances (`torotsc run --cores N`).
//   exit(code)   ends this instance (its core then idles). When the last
//                instance ends, the run ends: `torotsc run` exits with 0 when
//                every instance ended with 0, else with the first nonzero
//                code (0..127 survive the trip through QEMU). Returning from
//                the program is exit(0).
//   panic(msg)   prints `panic on core <rank> (thread <name>): <msg>` and
//                ends the whole run, every instance, with code 101.
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
//
// Threads (cooperative, per core: a thread runs until it yields, sleeps,
// joins or finishes; sched/threads.ts has the details):
//   spawn(entry, argument, core)  starts entry(argument) as a new thread on
//                core `core`, in that core's instance; returns the thread's id.
//   join(thread) waits until the thread has finished.
//   SysThreadSwitch()  lets the other ready threads of this core run once
//                (Toro's name, kept so that ported code reads the same).
//   sleep(ms)    suspends the calling thread for at least ms milliseconds.
//   threadExit() ends the calling thread, as returning from its entry does.
//   currentThread()  the calling thread's id.
//   now()        seconds since the boot core entered the kernel, as f64, with
//                the TSC's resolution (under a nanosecond): MPI_Wtime.
//   cycles()     TSC cycles since then, as u64; every core counts alike.
//   tscFrequency()  the calibrated TSC frequency in Hz (f64).
//   timeSource() how the TSC was calibrated: the source (kvm-clock, pit,
//                cpuid-15h, ...), then details (time/README.md).
import { argument, argumentCount } from "./command_line";
import { coreCount, currentCore } from "./core_identity";
import { endInstance } from "./instance_exit";
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
import { currentThreadId, exitThread, joinThread, sleepThread, spawnThread, yieldThread } from "./sched/threads";
import { calibrationDescription } from "./time/calibration";
import { cycleFrequency, cyclesSinceBoot, secondsSinceBoot } from "./time/clock";

export function rank(): i32 {
  return currentCore();
}

export function cores(): i32 {
  return coreCount();
}

export function exit(code: i32): void {
  endInstance(code);
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

export function now(): f64 {
  return secondsSinceBoot();
}

export function cycles(): u64 {
  return cyclesSinceBoot();
}

export function tscFrequency(): f64 {
  return cycleFrequency();
}

export function timeSource(): string {
  return calibrationDescription();
}

export function spawn(entry: (argument: i64) => void, argument: i64, core: i32): i32 {
  return spawnThread(entry, argument, core);
}

export function join(thread: i32): void {
  joinThread(thread);
}

export function SysThreadSwitch(): void {
  yieldThread();
}

export function sleep(milliseconds: f64): void {
  sleepThread(milliseconds);
}

export function threadExit(): void {
  exitThread();
}

export function currentThread(): i32 {
  return currentThreadId();
}

// The scheduler's cross-core memory: the one block every core's scheduler
// reads and writes with atomics. Everything else the scheduler keeps is per
// core (plain module variables, which are per program instance).
//
// Layout (byte offsets; each core's line is written by other cores, so it
// has a cache line of its own and one core's traffic does not steal the
// line another core polls):
//      0  live threads: threads on any core that have not finished, each
//         core's main thread included from initialiseSharedArea on; the
//         program has finished when it reaches 0 (scheduler.ts);
//     64  per core c, at 64 + 64 c (MAXIMUM_CORES lines):
//           +0 mailbox head (mailbox.ts): pushed by any core, taken by c;
//           +8 idle flag: 1 while c is about to wait or waits for work
//              (idle.ts), written by c, read by cores that post to c;
//   SLOTS_OFFSET  the thread table (thread_table.ts): SLOT_COUNT slots.
//
// The block comes from allocateManual on the boot core (never collected, and
// never freed: it lives as long as the program) and its address is an
// `@shared` variable written once, before any other core runs:
// initialiseSharedArea is part of the boot order (the kernel calls
// initialiseScheduler once, on the boot core, before starting the others).
// A kernel that never does (one core, no runMainThread) gets the block on
// the first use of the scheduler.
import { atomicCompareExchange64, atomicFetchAdd64, atomicLoad64, atomicStore64 } from "toro/unsafe";
import { allocateManual } from "../memory/heap";
import { MAXIMUM_CORES } from "../memory/pools";
import { panicWithoutLocation } from "../panic";
import { coreCount } from "../core_identity";

export const CACHE_LINE: usize = 64;
const LIVE_THREADS_OFFSET: usize = 0;
const CORE_LINES_OFFSET: usize = 64;
const MAILBOX_HEAD_OFFSET: usize = 0;
const IDLE_FLAG_OFFSET: usize = 8;
const WAKE_FLAG_OFFSET: usize = 16;
/**
 * CORE_LINES_OFFSET + MAXIMUM_CORES cache lines. Every constant here is a
 * literal: a computed one would be a per-instance variable set by the
 * module's initialiser, which runs after the scheduler has started
 * (runMainThread runs the initialisers); initialiseSharedArea checks the sums.
 */
export const SLOTS_OFFSET: usize = 4160;
/** Threads alive at once, in the whole machine (an id names a slot: thread_table.ts). */
export const SLOT_COUNT: usize = 4096;
export const SLOT_BYTES: usize = 16;
/** SLOTS_OFFSET + SLOT_COUNT * SLOT_BYTES. */
export const AREA_BYTES: usize = 69696;

/**
 * The block's address, 0 until it is set up. Written once, before other
 * cores run; read-only afterwards.
 * @shared
 */
let area: usize = 0;

/**
 * Sets the block up and counts `mainThreads` threads alive (one main thread
 * per core that will call runMainThread). The boot core calls it once,
 * before any other core starts.
 */
export function initialiseSharedArea(mainThreads: i32): void {
  if (area !== 0) {
    panicWithoutLocation("initialiseScheduler ran twice, or after the scheduler was first used");
  }
  area = allocateBlock();
  atomicStore64(area + LIVE_THREADS_OFFSET, u64(mainThreads));
}

/** The block, set up on first use when the kernel did not (one core only). */
export function sharedArea(): usize {
  if (area === 0) {
    if (coreCount() > 1) {
      panicWithoutLocation("the scheduler runs on several cores but initialiseScheduler did not run first on the boot core");
    }
    area = allocateBlock();
  }
  return area;
}

function allocateBlock(): usize {
  if (SLOTS_OFFSET !== CORE_LINES_OFFSET + usize(MAXIMUM_CORES) * CACHE_LINE || AREA_BYTES !== SLOTS_OFFSET + SLOT_COUNT * SLOT_BYTES) {
    panicWithoutLocation("scheduler: the shared area's layout constants do not add up");
  }
  return allocateManual(AREA_BYTES);
}

/** True once initialiseSharedArea has run (or a first use set the block up). */
export function sharedAreaReady(): boolean {
  return area !== 0;
}

export function liveThreadsAddress(): usize {
  return sharedArea() + LIVE_THREADS_OFFSET;
}

export function liveThreads(): u64 {
  return atomicLoad64(liveThreadsAddress());
}

/** Counts one more thread alive (before it can run anywhere). */
export function threadStarted(): void {
  atomicFetchAdd64(liveThreadsAddress(), 1);
}

/** Counts one thread fewer alive and returns how many remain. */
export function threadFinished(): u64 {
  const address: usize = liveThreadsAddress();
  let observed: u64 = atomicLoad64(address);
  while (observed === 0 || !atomicCompareExchange64(address, observed, observed - 1)) {
    if (observed === 0) {
      panicWithoutLocation("scheduler: more threads finished than were started");
    }
    observed = atomicLoad64(address);
  }
  return observed - 1;
}

export function mailboxHeadAddress(core: i32): usize {
  return sharedArea() + CORE_LINES_OFFSET + usize(core) * CACHE_LINE + MAILBOX_HEAD_OFFSET;
}

export function idleFlagAddress(core: i32): usize {
  return sharedArea() + CORE_LINES_OFFSET + usize(core) * CACHE_LINE + IDLE_FLAG_OFFSET;
}

export function wakeFlagAddress(core: i32): usize {
  return sharedArea() + CORE_LINES_OFFSET + usize(core) * CACHE_LINE + WAKE_FLAG_OFFSET;
}

/** The two words of slot `slot`: [control][record] (thread_table.ts). */
export function slotAddress(slot: usize): usize {
  return sharedArea() + SLOTS_OFFSET + slot * SLOT_BYTES;
}

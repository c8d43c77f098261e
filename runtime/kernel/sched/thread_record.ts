// The thread record: everything the scheduler keeps about one thread.
//
// A record is a manual block (memory/heap.ts allocateManual: never collected,
// never scanned, freed explicitly), because records cross cores: a thread
// spawned on another core is created by the spawning core and handed over
// through the target core's mailbox, and the core a thread finishes on frees
// the record, wherever it was allocated (a manual block may be freed from any
// core). Ownership:
//  - before the hand-over (state NEW), only the spawning core writes it;
//  - afterwards, only the thread's own core (RECORD_CORE) reads or writes it,
//    except RECORD_MAILBOX_NEXT, which a core pushing the record onto the
//    owner's mailbox writes while the record is on no list of the owner's
//    (mailbox.ts);
//  - other cores find a thread by its id through the thread table
//    (thread_table.ts), never through its record, so freeing a record
//    cannot leave another core holding it.
// Nothing in a record refers to a collected block: the collector never sees
// records, only the stacks they describe (collector_hook.ts).
import { load64, store64 } from "toro/unsafe";

/** The stack pointer of the suspended context (context_switch.s); stale while running. */
export const RECORD_SAVED_STACK_POINTER: usize = 0;
/** The highest address (exclusive) of the thread's stack, for the collector. */
export const RECORD_STACK_TOP: usize = 8;
/** The stack's block (stacks.ts), 0 when the thread runs on a stack it does not own (a core's boot stack). */
export const RECORD_STACK_BLOCK: usize = 16;
/** One of the STATE_* values below. */
export const RECORD_STATE: usize = 24;
/** The thread's id (thread_table.ts), 0 for a core's end context (scheduler.ts). */
export const RECORD_ID: usize = 32;
/** The core the thread runs on, for life. */
export const RECORD_CORE: usize = 40;
/** The entry function's address and its argument, until the thread starts. */
export const RECORD_ENTRY: usize = 48;
export const RECORD_ARGUMENT: usize = 56;
/** The time-stamp counter value a sleeping thread waits for. */
export const RECORD_DEADLINE: usize = 64;
/** The next record on the ready queue or the sleep list (one at a time). */
export const RECORD_QUEUE_NEXT: usize = 72;
/** The next record on a mailbox (mailbox.ts). */
export const RECORD_MAILBOX_NEXT: usize = 80;
/** Neighbours on the core's list of resident threads (resident_threads.ts). */
export const RECORD_RESIDENT_NEXT: usize = 88;
export const RECORD_RESIDENT_PREVIOUS: usize = 96;
export const RECORD_BYTES: usize = 112;

/** Spawned for another core, on its way through that core's mailbox. */
export const STATE_NEW: u64 = 1;
/** On its core's ready queue. */
export const STATE_READY: u64 = 2;
/** The thread its core runs now. */
export const STATE_RUNNING: u64 = 3;
/** On its core's sleep list until RECORD_DEADLINE. */
export const STATE_SLEEPING: u64 = 4;
/** Waiting for another thread to finish (join). */
export const STATE_JOINING: u64 = 5;
/** Finished; the record and stack are freed once the core has left its stack. */
export const STATE_FINISHED: u64 = 6;
/** A core's end context: resumed when every thread everywhere has finished. */
export const STATE_AWAITING_END: u64 = 7;
/** Waiting for an event its core's event poller reports (event_poller.ts, unblockThread). */
export const STATE_BLOCKED: u64 = 8;

export function recordField(record: usize, field: usize): usize {
  return usize(load64(record + field));
}

export function setRecordField(record: usize, field: usize, value: usize): void {
  store64(record + field, u64(value));
}

export function threadState(record: usize): u64 {
  return load64(record + RECORD_STATE);
}

export function setThreadState(record: usize, state: u64): void {
  store64(record + RECORD_STATE, state);
}

export function threadId(record: usize): i32 {
  return i32(load64(record + RECORD_ID));
}

export function threadCore(record: usize): i32 {
  return i32(load64(record + RECORD_CORE));
}

export function deadline(record: usize): u64 {
  return load64(record + RECORD_DEADLINE);
}

export function setDeadline(record: usize, value: u64): void {
  store64(record + RECORD_DEADLINE, value);
}

// What the garbage collector must see of the threads that are not running:
// each suspended thread's stack, from its saved stack pointer (the saved
// registers sit there, context_switch.s) up to its top. The running thread's
// stack and registers are scanned by memory/roots.ts itself, from the live
// stack pointer up to the top that the scheduler records on every switch
// (setStackTop). The scheduler installs markSuspendedStacks in roots.ts
// (setSuspendedStacksMarker) when it starts on a core.
//
// Only this core's threads: a collection marks the calling core's pool, and
// instances share no collected objects, so other cores' stacks cannot hold
// references into it.
import { markRange } from "../memory/marking";
import { firstResident, nextResident } from "./resident_threads";
import { runningRecord } from "./running_thread";
import { RECORD_SAVED_STACK_POINTER, RECORD_STACK_TOP, recordField } from "./thread_record";

/** Marks, in `pool`, what every resident thread but the running one holds on its stack. */
export function markSuspendedStacks(pool: usize): void {
  const running: usize = runningRecord();
  let record: usize = firstResident();
  while (record !== 0) {
    const saved: usize = recordField(record, RECORD_SAVED_STACK_POINTER);
    // A saved stack pointer of 0: a context that has never been suspended
    // (it can only be the running one, or one about to be entered).
    if (record !== running && saved !== 0) {
      markRange(pool, saved, recordField(record, RECORD_STACK_TOP));
    }
    record = nextResident(record);
  }
}

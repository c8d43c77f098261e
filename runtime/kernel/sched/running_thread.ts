// Which thread this core runs now, and the context runMainThread waits in:
// two per-core (per-instance) variables that the scheduler and the
// collector's hook both read, kept apart so that neither imports the other.
//
// `running` is 0 until the scheduler starts on this core (runMainThread, or
// the first scheduler call of a kernel that does not use runMainThread).
// While a thread is switching out, `running` already names the thread it
// switches to (scheduler.ts); between those two stores nothing allocates, so
// no collection can see the mismatch.

let running: usize = 0;
let endContext: usize = 0;

export function runningRecord(): usize {
  return running;
}

export function setRunningRecord(record: usize): void {
  running = record;
}

/** runMainThread's saved context on this core, 0 outside runMainThread. */
export function endContextRecord(): usize {
  return endContext;
}

export function setEndContextRecord(record: usize): void {
  endContext = record;
}

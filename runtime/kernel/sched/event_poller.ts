// Events the scheduler does not see arrive by itself: a message landing in a
// virtio queue is a store by another core, with no mailbox post and no
// interrupt. A subsystem whose threads wait for such events (runtime/virtio)
// installs one poller per core; the poller looks at whatever its blocked
// threads wait for and makes ready (unblockThread) those whose event has come.
//
// When the scheduler calls it (scheduler.ts, idle.ts):
//  - each time the core chooses the next thread, before it takes the ready
//    queue, so a blocked thread is noticed at the next switch;
//  - once more after the core raised its idle flag and before it halts: a
//    poller that finds nothing there has seen every store another core made
//    before that core read the idle flag, so the other core, which reads the
//    flag after its own store, wakes this one (idle.ts's protocol, with the
//    poller's loads in place of the mailbox check).
// The poller runs on its core's own stack between threads: it must not
// block, yield or allocate from the collected heap.

/** The installed poller; meaningful only when `installed` (a function value has no "none"). */
let poller: () => boolean;
/** False before any poller is installed: zero, so it holds even before module initialisers run. */
let installed: boolean = false;

/**
 * Installs this core's poller: a function that makes ready the blocked
 * threads whose event has come and returns true when it made any ready.
 * Replaces an earlier one.
 */
export function setEventPoller(poll: () => boolean): void {
  poller = poll;
  installed = true;
}

/** Runs the installed poller; true when it made a thread ready. */
export function pollEvents(): boolean {
  if (!installed) {
    return false;
  }
  return poller();
}

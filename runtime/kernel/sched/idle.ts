// Waiting for work, and handing work to a core that may be waiting.
//
// A core with nothing to run waits (waitForWork) until its mailbox receives
// a record, the program ends (the live-thread count reaches 0), its event
// poller makes a blocked thread ready (event_poller.ts), its earliest
// sleeper's deadline comes, or the platform wakes it. A core that posts to
// another's mailbox, or ends the program, wakes the cores that wait.
//
// Lost wake-ups: the waiter stores its idle flag, then checks its mailbox and
// the live count, and only then waits; the poster pushes onto the mailbox
// (or lowers the count), then reads the flag and wakes the core when it is
// set. Every one of these accesses is sequentially consistent, so of the two
// orders in which a store and the other side's load can meet, at least one
// side sees the other's write: either the waiter sees the work and does not
// wait, or the poster sees the flag and wakes it. The event poller's loads
// sit where the mailbox check does, so a core that stores an event and then
// reads the flag (coreWaiting) is covered the same way. (A platform whose
// wait is a halt must also make a wake-up that arrives between the check and the
// halt end the halt: platform.ts.)
import { atomicLoad64, atomicStore64 } from "toro/unsafe";
import { coreCount, currentCore } from "../core_identity";
import { pollEvents } from "./event_poller";
import { mailboxPending, pushMailbox } from "./mailbox";
import { idleFlagAddress, liveThreads, mailboxHeadAddress } from "./shared_area";
import { waitForEvent, wakeCore } from "./platform";

/** Waits for work on this core, or until `deadline` (time-stamp counter); may return early. */
export function waitForWork(deadline: u64): void {
  const core: i32 = currentCore();
  const flag: usize = idleFlagAddress(core);
  atomicStore64(flag, 1);
  if (!mailboxPending(mailboxHeadAddress(core)) && liveThreads() !== 0 && !pollEvents()) {
    waitForEvent(deadline);
  }
  atomicStore64(flag, 0);
}

/**
 * Hands `record` to `core` through its mailbox, waking the core if it waits;
 * false when the core's instance has ended (its mailbox is closed).
 */
export function postToCore(core: i32, record: usize): boolean {
  if (!pushMailbox(mailboxHeadAddress(core), record)) {
    return false;
  }
  wakeCoreIfWaiting(core);
  return true;
}

/** Wakes every other core that waits: the program has ended and each must notice. */
export function wakeEveryWaitingCore(): void {
  const self: i32 = currentCore();
  for (let core: i32 = 0; core < coreCount(); core++) {
    if (core !== self) {
      wakeCoreIfWaiting(core);
    }
  }
}

/**
 * True while `core` is about to wait or waits (its idle flag is up). A
 * caller deciding whether to wake it has stored its event first, with a
 * full fence (or a sequentially consistent store) before this load, as the
 * protocol above requires.
 */
export function coreWaiting(core: i32): boolean {
  return atomicLoad64(idleFlagAddress(core)) !== 0;
}

/** Wakes `core` if it waits; the caller's sequentially consistent store came first. */
function wakeCoreIfWaiting(core: i32): void {
  if (coreWaiting(core)) {
    wakeCore(core);
  }
}

// Waiting for work, and handing work to a core that may be waiting.
//
// A core with nothing to run waits (waitForWork) until its mailbox receives
// a record, the program ends (the live-thread count reaches 0), its earliest
// sleeper's deadline comes, or the platform wakes it. A core that posts to
// another's mailbox, or ends the program, wakes the cores that wait.
//
// Lost wake-ups: the waiter stores its idle flag, then checks its mailbox and
// the live count, and only then waits; the poster pushes onto the mailbox
// (or lowers the count), then reads the flag and wakes the core when it is
// set. Every one of these accesses is sequentially consistent, so of the two
// orders in which a store and the other side's load can meet, at least one
// side sees the other's write: either the waiter sees the work and does not
// wait, or the poster sees the flag and wakes it. (A platform whose wait is
// a halt must also make a wake-up that arrives between the check and the
// halt end the halt: platform.ts.)
import { atomicLoad64, atomicStore64 } from "toro/unsafe";
import { coreCount, currentCore } from "../core_identity";
import { mailboxPending, pushMailbox } from "./mailbox";
import { idleFlagAddress, liveThreads, mailboxHeadAddress } from "./shared_area";
import { waitForEvent, wakeCore } from "./platform";

/** Waits for work on this core, or until `deadline` (time-stamp counter); may return early. */
export function waitForWork(deadline: u64): void {
  const core: i32 = currentCore();
  const flag: usize = idleFlagAddress(core);
  atomicStore64(flag, 1);
  if (!mailboxPending(mailboxHeadAddress(core)) && liveThreads() !== 0) {
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
  wakeIfWaiting(core);
  return true;
}

/** Wakes every other core that waits: the program has ended and each must notice. */
export function wakeEveryWaitingCore(): void {
  const self: i32 = currentCore();
  for (let core: i32 = 0; core < coreCount(); core++) {
    if (core !== self) {
      wakeIfWaiting(core);
    }
  }
}

function wakeIfWaiting(core: i32): void {
  if (atomicLoad64(idleFlagAddress(core)) !== 0) {
    wakeCore(core);
  }
}

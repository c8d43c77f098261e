// What the scheduler needs from the machine besides which core this is and
// how many there are (core_identity.ts, set up by the SMP start code): the
// clock, waking another core and waiting for work. The rest of the
// scheduler calls only these.
//
// Where each comes from:
//   cycles, deadlineAfterMilliseconds
//                     time/clock.ts and time/deadline.ts: deadlines are
//                     cyclesSinceBoot() values (the TSC, calibrated at boot);
//   wakeCore          sets the core's wake flag and sends the wake IPI
//                     (arch/x86_64/wake_interrupts.ts);
//   waitForEvent      halts, with the local APIC's one-shot timer armed for
//                     the deadline (none for never()), through a routine
//                     whose check-and-halt an interrupt cannot slip past
//                     (wake_interrupt.s; idle.ts explains the flag protocol).
import { atomicStore64 } from "toro/unsafe";
import { currentCore } from "../core_identity";
import { haltUnlessWoken, sendWake } from "../arch/x86_64/wake_interrupts";
import { cycleFrequency, cyclesSinceBoot } from "../time/clock";
import { wakeFlagAddress } from "./shared_area";
import { deadlineAfter } from "../time/deadline";

/** Deadlines at or beyond this many cycles are never(): the halt arms no timer. */
const NO_TIMER_BEYOND: u64 = 4611686018427387904;

/** The clock deadlines are set against. */
export function cycles(): u64 {
  return cyclesSinceBoot();
}

/** The cycles() value `milliseconds` from now (time/deadline.ts). */
export function deadlineAfterMilliseconds(milliseconds: f64): u64 {
  return deadlineAfter(milliseconds);
}

/** Makes `core`, whose idle flag was seen set, leave waitForEvent: sets its wake flag, then sends the wake IPI. */
export function wakeCore(core: i32): void {
  atomicStore64(wakeFlagAddress(core), 1);
  sendWake(core);
}

/**
 * Waits until cycles() reaches `deadline`, another core calls wakeCore for
 * this one, or a shorter time has passed: the caller looks for work again
 * afterwards, whatever made this return.
 */
export function waitForEvent(deadline: u64): void {
  const start: u64 = cyclesSinceBoot();
  if (deadline <= start) {
    return;
  }
  let nanoseconds: u64 = 0;
  if (deadline < NO_TIMER_BEYOND) {
    nanoseconds = u64(f64(deadline - start) * 1000000000 / cycleFrequency()) + 1;
  }
  const flag: usize = wakeFlagAddress(currentCore());
  haltUnlessWoken(flag, nanoseconds);
  atomicStore64(flag, 0);
}

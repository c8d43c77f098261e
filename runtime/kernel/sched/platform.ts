// What the scheduler needs from the machine besides which core this is and
// how many there are (core_identity.ts, set up by the SMP start code): the
// clock, waking another core and waiting for work. The rest of the
// scheduler calls only these.
//
// Where each comes from today:
//   cycles, deadlineAfterMilliseconds
//                     time/clock.ts and time/deadline.ts: deadlines are
//                     cyclesSinceBoot() values (the TSC, calibrated at boot);
//   wakeCore          nothing: no inter-processor interrupt is wired to the
//                     scheduler yet, and a waiting core polls its mailbox;
//   waitForEvent      polls with `pause` for at most POLL_CYCLES, so a core
//                     with nothing to run burns its host CPU.
// What replaces the last two once interrupts exist (README.md, "Halting"):
// wakeCore sets the core's wake flag and sends a wake-up IPI; waitForEvent
// halts, with a one-shot timer armed for the deadline (none for never()),
// through a routine whose check-and-halt an interrupt cannot slip past
// (idle.ts explains the flag protocol around it).
import { pause } from "toro/x86_64";
import { cyclesSinceBoot } from "../time/clock";
import { deadlineAfter } from "../time/deadline";

/** The longest a polling wait lasts before the scheduler looks for work again (a few microseconds). */
const POLL_CYCLES: u64 = 20000;

/** The clock deadlines are set against. */
export function cycles(): u64 {
  return cyclesSinceBoot();
}

/** The cycles() value `milliseconds` from now (time/deadline.ts). */
export function deadlineAfterMilliseconds(milliseconds: f64): u64 {
  return deadlineAfter(milliseconds);
}

/**
 * Makes `core`, whose idle flag was seen set, leave waitForEvent soon.
 * Nothing to do while waitForEvent polls: the core sees its mailbox itself.
 */
export function wakeCore(core: i32): void {}

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
  const limit: u64 = deadline - start > POLL_CYCLES ? start + POLL_CYCLES : deadline;
  while (cyclesSinceBoot() < limit) {
    pause();
  }
}

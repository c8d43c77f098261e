// Deadlines for sleep() and timeouts, as cyclesSinceBoot() values, so that
// checking one costs a TSC read and a comparison (no division, no trap).
// For use after calibrateTime (before it, deadlineAfter panics).
//
//   const deadline: u64 = deadlineAfter(2.5);   // 2.5 ms from now
//   while (!deadlinePassed(deadline)) yieldToOthers();
//
// Accuracy: the deadline's distance is the duration rounded up to a whole
// cycle, off only by the calibration's error: KVM's own value from the KVM
// clock or CPUID (under 1 ppm), at most the PIT's bound otherwise (timeSource()
// states it: about 30 ppm under TCG on an idle host, up to about 530 ppm when
// each port access traps, calibration.ts). When it is noticed is up to the
// caller: its polling interval plus one TSC read (about 10 ns under KVM,
// 40 ns under TCG).
import { panicWithoutLocation } from "../panic";
import { cyclesForSeconds } from "./calibration_arithmetic";
import { cycleFrequency, cyclesSinceBoot } from "./clock";

const MILLISECONDS_PER_SECOND: f64 = 1000;
/** Durations above this (about 3 years) are "never": with frequencies up to
 *  20 GHz (calibration.ts) the sum stays below 2^63. */
const LONGEST_SECONDS: f64 = 100000000;

/**
 * The cyclesSinceBoot() value `milliseconds` from now: now for 0, negative
 * or NaN (as JavaScript's setTimeout), never() beyond LONGEST_SECONDS.
 */
export function deadlineAfter(milliseconds: f64): u64 {
  if (cycleFrequency() === 0) panicWithoutLocation("time: deadlineAfter() before the TSC was calibrated (calibrateTime, main.ts)");
  const seconds: f64 = milliseconds / MILLISECONDS_PER_SECOND;
  if (seconds > LONGEST_SECONDS) return never();
  return cyclesSinceBoot() + cyclesForSeconds(seconds, cycleFrequency());
}

/** Whether cyclesSinceBoot() has reached `deadline`. */
export function deadlinePassed(deadline: u64): boolean {
  return cyclesSinceBoot() >= deadline;
}

/**
 * A deadline no cyclesSinceBoot() value reaches: 2^62 cycles, 56 years at
 * 2.6 GHz (every finite deadline lies below it, LONGEST_SECONDS).
 */
export function never(): u64 {
  return 4611686018427387904;
}

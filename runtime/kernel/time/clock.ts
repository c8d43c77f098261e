// The clock every core reads: cycles and seconds counted from the boot
// core's kernel entry, and the calibrated frequency that relates them
// (toro/kernel offers them as cycles(), now() and tscFrequency()).
//
// State (`@shared`, one copy for the image): written only by the boot core,
// epochCycles at kernel entry (recordBootEntry, main.ts step 0) and the
// frequency by calibrateTime (calibration.ts) before any other core starts;
// read-only afterwards, so reads need no synchronisation.
//
// Invariants: cyclesSinceBoot() never decreases on one core (the TSC is
// invariant); all cores' TSCs run in step (time_stamp_counter.ts), so values
// taken on different cores compare. secondsSinceBoot() is cyclesSinceBoot()
// / cycleFrequency() with the TSC's resolution (0.4 ns at 2.6 GHz; an f64
// holds the cycle count exactly up to 2^53 cycles, 40 days at 2.6 GHz).
import { panicWithoutLocation } from "../panic";
import { readCycleCounter } from "./x86_64/time_stamp_counter";

/**
 * The TSC at the boot core's kernel entry, the origin of cyclesSinceBoot().
 * @shared
 */
let epochCycles: u64 = 0;
/**
 * TSC cycles per second, 0 until calibrateTime has run.
 * @shared
 */
let frequency: f64 = 0;

/** Boot core, first statement of the kernel: sets the origin of the clock. */
export function recordBootEntry(): void {
  epochCycles = readCycleCounter();
}

/** Calibration only (boot core, before other cores start). */
export function setTscFrequency(hertz: f64): void {
  frequency = hertz;
}

/** TSC cycles since the boot core entered the kernel (0 for a core whose TSC lags that reading). */
export function cyclesSinceBoot(): u64 {
  const counter: u64 = readCycleCounter();
  return counter > epochCycles ? counter - epochCycles : 0;
}

/** Seconds since the boot core entered the kernel. */
export function secondsSinceBoot(): f64 {
  if (frequency === 0) panicWithoutLocation("time: now() before the TSC was calibrated (calibrateTime, main.ts)");
  return f64(cyclesSinceBoot()) / frequency;
}

/** The calibrated TSC frequency in Hz; 0 before calibration. */
export function cycleFrequency(): f64 {
  return frequency;
}

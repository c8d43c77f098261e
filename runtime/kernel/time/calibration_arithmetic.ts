// The arithmetic of TSC calibration, free of hardware access so that it runs
// (and is unit-tested, tests/kernel/time/calibration_arithmetic.test.ts) on
// Node exactly as in the kernel.
//
// Takes raw readings from the sources of calibration.ts and gives a
// frequency in Hz (as f64; 0 means "this reading gives no frequency"):
//   crystalFrequency     CPUID leaf 15h: crystal Hz × numerator / denominator
//   baseFrequency        CPUID leaf 16h: processor base MHz, used only when
//                        leaf 15h gives the ratio but not the crystal (Intel
//                        SDM, CPUID leaf 15h: the TSC then runs at the base)
//   pvclockFrequency     KVM's pvclock scale: nanoseconds per TSC cycle are
//                        multiplier × 2^shift / 2^32
//   pitWindow..., pitStep...  two steps of the PIT's counter a window apart
// and turns durations into cycles for deadlines.
//
// Every value that can exceed 2^32 is an f64 or u64 below 2^53, so Node's
// doubles give the same results as the compiled code.

/** The i8254 PIT's input clock: 14.31818 MHz / 12, rounded as QEMU's PIT_FREQ. */
export const PIT_HZ: f64 = 1193182;
/** The PIT counter is 16 bits; in mode 2 with reload 0 it counts 65536 ticks per period. */
const PIT_PERIOD_MASK: u32 = 0xffff;

/** A PIT window shorter than this (10 ms) is never used: one tick is 1/11932 of it. */
export const PIT_MINIMUM_WINDOW_TICKS: u64 = 11932;
/** Nor longer than this (50 ms), whatever the uncertainty: it costs boot time. */
export const PIT_MAXIMUM_WINDOW_TICKS: u64 = 59659;
/** The window ends once its worst-case relative error is at most this (50 ppm). */
export const PIT_TARGET_UNCERTAINTY: f64 = 0.00005;

const NANOSECONDS_PER_SECOND: f64 = 1000000000;
const TWO_TO_THE_32: f64 = 4294967296;

/** CPUID 15h: EAX denominator, EBX numerator, ECX crystal Hz; 0 when any is 0. */
export function crystalFrequency(denominator: u32, numerator: u32, crystalHz: u32): f64 {
  if (denominator === 0 || numerator === 0 || crystalHz === 0) return 0;
  return f64(crystalHz) * f64(numerator) / f64(denominator);
}

/**
 * CPUID 16h EAX bits 15..0 (base MHz) when leaf 15h gives the ratio without
 * the crystal; 0 otherwise (the base frequency alone says nothing about the
 * TSC on processors without leaf 15h).
 */
export function baseFrequency(denominator: u32, numerator: u32, baseMegahertz: u32): f64 {
  const megahertz: u32 = baseMegahertz & 0xffff;
  if (denominator === 0 || numerator === 0 || megahertz === 0) return 0;
  return f64(megahertz) * 1000000;
}

/**
 * The TSC frequency a pvclock structure describes. KVM converts a TSC delta
 * to nanoseconds as ((delta << shift) × multiplier) >> 32 (a negative shift
 * shifts right), so one cycle lasts multiplier × 2^shift / 2^32 ns.
 * 0 for a multiplier of 0 (the structure was never filled).
 */
export function pvclockFrequency(multiplier: u32, shift: i32): f64 {
  if (multiplier === 0) return 0;
  let hertz: f64 = NANOSECONDS_PER_SECOND * TWO_TO_THE_32 / f64(multiplier);
  let remaining: i32 = shift;
  while (remaining > 0) {
    hertz = hertz / 2;
    remaining--;
  }
  while (remaining < 0) {
    hertz = hertz * 2;
    remaining++;
  }
  return hertz;
}

/**
 * PIT ticks from a count read earlier to one read later, for a counter that
 * counts down through a 65536-tick period; exact while the two reads are
 * less than one period (54.9 ms) apart.
 */
export function pitTicksBetween(earlierCount: u32, laterCount: u32): u32 {
  return (earlierCount - laterCount) & PIT_PERIOD_MASK;
}

/** The TSC frequency from `cycles` TSC cycles over `ticks` PIT ticks. */
export function pitWindowFrequency(cycles: u64, ticks: u64): f64 {
  return f64(cycles) * PIT_HZ / f64(ticks);
}

/**
 * The earliest TSC value at which the counter can have stepped to the count
 * latched by a read that began at `latchStart`: after the previous read
 * began (which still saw the count above it), and at most one tick
 * (`tickCycles`, an upper bound) before this read.
 */
export function pitStepEarliest(previousLatchStart: u64, latchStart: u64, tickCycles: u64): u64 {
  const oneTickBefore: u64 = latchStart > tickCycles ? latchStart - tickCycles : 0;
  return oneTickBefore > previousLatchStart ? oneTickBefore : previousLatchStart;
}

/**
 * Worst-case relative error of pitWindowFrequency for a window between two
 * counter steps, each known to lie within a bracket of TSC cycles
 * (`startBracket`, `endBracket` wide) and each estimated by its bracket's
 * midpoint, `cycles` apart. The tick counts at steps are exact.
 */
export function pitWindowUncertainty(startBracket: u64, endBracket: u64, cycles: u64): f64 {
  if (cycles === 0) return 1;
  return (f64(startBracket) + f64(endBracket)) / 2 / f64(cycles);
}

/** Ticks (0.86 ms) over which a first, rough tick length is measured. */
export const PIT_ROUGH_TICKS: u64 = 1024;

/**
 * An upper bound on one PIT tick in TSC cycles, from `cycles` measured over
 * `ticks` (at least PIT_ROUGH_TICKS, so the measurement is within a few
 * percent even with 25 us brackets) and a 25% margin.
 */
export function pitTickCyclesBound(cycles: u64, ticks: u64): u64 {
  return u64(f64(cycles) / f64(ticks) * 1.25) + 1;
}

/** Whether a window of `ticks` with this uncertainty is the one to use. */
export function pitWindowIsComplete(ticks: u64, uncertainty: f64): boolean {
  if (ticks < PIT_MINIMUM_WINDOW_TICKS) return false;
  return uncertainty <= PIT_TARGET_UNCERTAINTY || ticks >= PIT_MAXIMUM_WINDOW_TICKS;
}

/**
 * Cycles in `seconds` at `frequency` Hz, rounded up (so a deadline is never
 * early); 0 for seconds ≤ 0 or NaN. The caller keeps seconds × frequency
 * below 2^63 (deadline.ts saturates longer durations).
 */
export function cyclesForSeconds(seconds: f64, frequency: f64): u64 {
  if (!(seconds > 0)) return 0;
  return u64(Math.ceil(seconds * frequency));
}

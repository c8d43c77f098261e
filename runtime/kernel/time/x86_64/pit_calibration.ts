// Measuring the TSC frequency against the PIT (pit.ts): TSC cycles between
// two steps of the PIT's counter a window apart.
//
// A step is the instant the counter moves to a new count. Reads are
// bracketed by TSC reads; when a read sees a new count, the step to it
// happened after the previous read began (that one still saw the old count)
// and at most one tick before this read, and before this read ended: a
// bracket of TSC cycles whose midpoint estimates the step
// (pitStepEarliest). Where reads are quicker than a tick (TCG: about 750
// cycles apart, a tick is about 2,200) the bracket is the gap between two
// reads; where they are slower (kvm_pvm: a read's latch alone spans 66,000
// cycles) it is one tick plus the latch's bracket. The tick counts at steps
// are exact, so the only error is the brackets'.
//
// Phases: reads until PIT_ROUGH_TICKS have passed give a bound on a tick's
// length in cycles; the window starts at the narrowest step of the next
// millisecond (a dozen reads under kvm_pvm, hundreds under TCG, where the
// first steps after the rough phase measured tick-wide, 3,000 cycles,
// against 780 later) and ends at the first later step for which
// pitWindowIsComplete holds: at least 10 ms, then until the worst-case error
// is at most 50 ppm, and at most 50 ms. Consecutive reads are far less than
// the counter's 54.9 ms period apart, so summing pitTicksBetween over them
// counts every tick.
//
// Measured: under TCG the window is the 10 ms minimum with a bound of 30-33
// ppm (about 120,000 port accesses); under kvm_pvm (which has the KVM clock,
// so this path serves it only if that clock is missing) it runs the full
// 50 ms with a bound of about 530 ppm, in about 650 reads (1,950 trapped
// port accesses).
import {
  PIT_ROUGH_TICKS,
  pitStepEarliest,
  pitTickCyclesBound,
  pitTicksBetween,
  pitWindowFrequency,
  pitWindowIsComplete,
  pitWindowUncertainty,
} from "../calibration_arithmetic";
import { PitSample, pitRead, pitStart } from "./pit";

/** The window starts at the narrowest step within this many ticks (1 ms) after the rough phase. */
const STARTING_TICKS: u64 = 1193;
/** TSC cycles (2^26) without a tick after which the PIT counts as absent or
 *  stopped: a tick lasts 838 ns, at most 8,400 cycles at 10 GHz. */
const STALLED_CYCLES: u64 = 67108864;

/** What one measurement found. */
export class PitMeasurement {
  frequency: f64 = 0;
  windowTicks: u64 = 0;
  uncertainty: f64 = 0;
}

/** A counter step: within [earliest, latest] TSC cycles, `ticks` after the first read. */
class Step {
  earliest: u64 = 0;
  latest: u64 = 0;
  ticks: u64 = 0;
}

/** The PIT's reads so far: the last two, and the ticks counted. */
class Reader {
  previous: PitSample = new PitSample();
  current: PitSample = new PitSample();
  ticks: u64 = 0;
  /** Ticks the last read advanced. */
  advanced: u32 = 0;
  lastStepCycles: u64 = 0;
}

/** Measures into `result`; false when the PIT does not count. */
export function measureAgainstPit(result: PitMeasurement): boolean {
  pitStart();
  const reader = new Reader();
  pitRead(reader.current);
  reader.lastStepCycles = reader.current.latchStart;
  const firstLatch: u64 = reader.current.latchStart;
  while (reader.ticks < PIT_ROUGH_TICKS) {
    if (!readNext(reader)) return false;
  }
  const tickCycles: u64 = pitTickCyclesBound(reader.current.latchStart - firstLatch, reader.ticks);
  const start = new Step();
  const candidate = new Step();
  if (!readNextStep(reader, tickCycles, start)) return false;
  const startingEnd: u64 = start.ticks + STARTING_TICKS;
  while (reader.ticks < startingEnd) {
    if (!readNextStep(reader, tickCycles, candidate)) return false;
    if (bracket(candidate) < bracket(start)) copyStep(candidate, start);
  }
  while (true) {
    if (!readNextStep(reader, tickCycles, candidate)) return false;
    const windowTicks: u64 = candidate.ticks - start.ticks;
    const windowCycles: u64 = midpoint(candidate) - midpoint(start);
    const uncertainty: f64 = pitWindowUncertainty(bracket(start), bracket(candidate), windowCycles);
    if (pitWindowIsComplete(windowTicks, uncertainty)) {
      result.frequency = pitWindowFrequency(windowCycles, windowTicks);
      result.windowTicks = windowTicks;
      result.uncertainty = uncertainty;
      return true;
    }
  }
  return false;
}

/** One more read; false when the counter has not moved for STALLED_CYCLES. */
function readNext(reader: Reader): boolean {
  const swap: PitSample = reader.previous;
  reader.previous = reader.current;
  reader.current = swap;
  pitRead(reader.current);
  reader.advanced = pitTicksBetween(reader.previous.count, reader.current.count);
  if (reader.advanced !== 0) {
    reader.ticks += u64(reader.advanced);
    reader.lastStepCycles = reader.current.latchStart;
    return true;
  }
  return reader.current.latchStart - reader.lastStepCycles <= STALLED_CYCLES;
}

/** Reads until the count moves and describes that step into `step`; false if the PIT stalls. */
function readNextStep(reader: Reader, tickCycles: u64, step: Step): boolean {
  do {
    if (!readNext(reader)) return false;
  } while (reader.advanced === 0);
  step.earliest = pitStepEarliest(reader.previous.latchStart, reader.current.latchStart, tickCycles);
  step.latest = reader.current.latchEnd;
  step.ticks = reader.ticks;
  return true;
}

function bracket(step: Step): u64 {
  return step.latest - step.earliest;
}

function midpoint(step: Step): u64 {
  return step.earliest + bracket(step) / 2;
}

function copyStep(from: Step, to: Step): void {
  to.earliest = from.earliest;
  to.latest = from.latest;
  to.ticks = from.ticks;
}

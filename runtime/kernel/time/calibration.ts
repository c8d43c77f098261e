// Calibration: the TSC frequency, from the first source that gives one, in
// this order (the most direct and cheapest first):
//   1. CPUID 15h (crystal × ratio), then 16h (base frequency, when 15h has the
//      ratio only), then 40000010h (a hypervisor's TSC kHz): stated by the
//      processor or hypervisor, exact, a few CPUIDs (cpuid_frequency.ts);
//   2. the KVM paravirtual clock: KVM's own scale for this vCPU, two trapped
//      MSR writes (kvm_clock.ts);
//   3. the PIT: measured over a 10-50 ms window (pit_calibration.ts).
// A source whose frequency lies outside 50 MHz..20 GHz is taken as broken and
// the next one is tried; with none left the kernel panics.
//
// What the project's machines use: kvm_pvm has no 15h/16h/40000010h (AMD host)
// but the KVM clock (2,596.134 MHz, 0.3 ms of calibration); TCG with `-cpu
// max` has neither, so the PIT (a 10 ms window with an error bound of about
// 30 ppm on an idle host, longer and looser when the host is busy).
//
// Runs once, on the boot core, after memory is set up (the samples and the
// KVM clock's structure are heap objects) and before other cores start.
import { panicWithoutLocation } from "../panic";
import { cycleFrequency, setTscFrequency } from "./clock";
import { PIT_HZ } from "./calibration_arithmetic";
import { baseFrequencyLeafFrequency, crystalLeafFrequency, hypervisorLeafFrequency } from "./x86_64/cpuid_frequency";
import { kvmClockFrequency } from "./x86_64/kvm_clock";
import { pitPortAccesses } from "./x86_64/pit";
import { PitMeasurement, measureAgainstPit } from "./x86_64/pit_calibration";
import { readCycleCounter } from "./x86_64/time_stamp_counter";

const SOURCE_UNCALIBRATED: i32 = 0;
const SOURCE_CPUID_CRYSTAL: i32 = 1;
const SOURCE_CPUID_BASE: i32 = 2;
const SOURCE_HYPERVISOR_LEAF: i32 = 3;
const SOURCE_KVM_CLOCK: i32 = 4;
const SOURCE_PIT: i32 = 5;

const LOWEST_PLAUSIBLE_HZ: f64 = 50000000;
const HIGHEST_PLAUSIBLE_HZ: f64 = 20000000000;

// What calibrateTime found, for calibrationDescription(); written once by the
// boot core. (source starts as 0, SOURCE_UNCALIBRATED: @shared needs a literal.)
/** @shared */
let source: i32 = 0;
/** @shared */
let calibrationCycles: u64 = 0;
/** @shared */
let pitWindowTicks: u64 = 0;
/** @shared */
let pitUncertainty: f64 = 0;
/** @shared */
let pitAccesses: i32 = 0;

/** Boot core, once, after memory and before other cores: sets cycleFrequency(). */
export function calibrateTime(): void {
  const began: u64 = readCycleCounter();
  const found: boolean =
    adopt(SOURCE_CPUID_CRYSTAL, crystalLeafFrequency()) ||
    adopt(SOURCE_CPUID_BASE, baseFrequencyLeafFrequency()) ||
    adopt(SOURCE_HYPERVISOR_LEAF, hypervisorLeafFrequency()) ||
    adopt(SOURCE_KVM_CLOCK, kvmClockFrequency()) ||
    adoptPit();
  if (!found) {
    panicWithoutLocation("time: no clock to calibrate the TSC against (CPUID 15h, 16h, 40000010h, KVM clock, PIT)");
  }
  calibrationCycles = readCycleCounter() - began;
}

function adopt(candidate: i32, hertz: f64): boolean {
  if (!(hertz >= LOWEST_PLAUSIBLE_HZ && hertz <= HIGHEST_PLAUSIBLE_HZ)) return false;
  setTscFrequency(hertz);
  source = candidate;
  return true;
}

/**
 * Measurements of the PIT before it counts as absent: on a loaded host a
 * vCPU descheduled for a whole PIT period sees the counter where it left it,
 * which looks like a stopped PIT (seen once under TCG while two test suites
 * ran), so one failed window is not yet proof.
 */
const PIT_ATTEMPTS: i32 = 3;

function adoptPit(): boolean {
  const measurement = new PitMeasurement();
  for (let attempt: i32 = 0; attempt < PIT_ATTEMPTS; attempt++) {
    const measured: boolean = measureAgainstPit(measurement);
    pitAccesses = pitPortAccesses();
    if (measured && adopt(SOURCE_PIT, measurement.frequency)) {
      pitWindowTicks = measurement.windowTicks;
      pitUncertainty = measurement.uncertainty;
      return true;
    }
  }
  return false;
}

/**
 * The source's name, then how long calibration took, and for the PIT the
 * window, the port accesses and the error bound, e.g.
 * "kvm-clock, calibrated in 0.31 ms" or "pit, calibrated in 10.02 ms,
 * window 10.00 ms, 144 port accesses, error bound 90 ppm".
 */
export function calibrationDescription(): string {
  const name: string = sourceName(source);
  if (source === SOURCE_UNCALIBRATED) return name;
  const milliseconds: f64 = f64(calibrationCycles) / cycleFrequency() * 1000;
  let text: string = `${name}, calibrated in ${milliseconds.toFixed(2)} ms`;
  if (source === SOURCE_PIT) {
    const windowMilliseconds: f64 = f64(pitWindowTicks) / PIT_HZ * 1000;
    text += `, window ${windowMilliseconds.toFixed(2)} ms, ${pitAccesses} port accesses, error bound ${(pitUncertainty * 1000000).toFixed(0)} ppm`;
  }
  return text;
}

function sourceName(code: i32): string {
  switch (code) {
    case SOURCE_CPUID_CRYSTAL:
      return "cpuid-15h";
    case SOURCE_CPUID_BASE:
      return "cpuid-16h";
    case SOURCE_HYPERVISOR_LEAF:
      return "cpuid-40000010h";
    case SOURCE_KVM_CLOCK:
      return "kvm-clock";
    case SOURCE_PIT:
      return "pit";
    default:
      return "uncalibrated";
  }
}

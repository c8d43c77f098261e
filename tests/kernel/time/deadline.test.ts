// The clock and deadlines (runtime/kernel/time/clock.ts, deadline.ts) on an
// emulated TSC that the test moves by hand: readings from the boot entry,
// seconds from cycles, deadlines rounded up and saturated.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EmulatedClockHardware, KernelPanic, kvmLeaves, leafOne, loadTime } from "./emulated_clock_hardware";

type Clock = {
  recordBootEntry(): void;
  cyclesSinceBoot(): number;
  secondsSinceBoot(): number;
  cycleFrequency(): number;
};
type Calibration = { calibrateTime(): void };
type Deadline = { deadlineAfter(milliseconds: number): number; deadlinePassed(deadline: number): boolean; never(): number };

const TSC_HZ = 2_596_134_000;

/** A kvm_pvm-like machine, calibrated through the KVM clock, with the TSC read costing nothing. */
function calibratedMachine(): { hardware: EmulatedClockHardware; clock: Clock; deadline: Deadline } {
  const hardware = new EmulatedClockHardware({
    tscHz: TSC_HZ,
    cpuid: new Map([[0, [0x1c, 0, 0, 0]], leafOne(true), ...kvmLeaves(0x8)]),
    pvclock: { multiplier: 3308740840, shift: -1 },
    cyclesPerRead: 0,
    startCycles: 5_000_000_000,
  });
  const loaded = loadTime(hardware);
  const clock = loaded.clock as unknown as Clock;
  clock.recordBootEntry();
  (loaded.calibration as unknown as Calibration).calibrateTime();
  return { hardware, clock, deadline: loaded.deadline as unknown as Deadline };
}

test("cycles count from the boot entry; seconds are cycles over the frequency", () => {
  const { hardware, clock } = calibratedMachine();
  const calibrationCost = clock.cyclesSinceBoot();
  assert.ok(calibrationCost > 0, "calibration took cycles");
  hardware.tsc += TSC_HZ;
  assert.is(clock.cyclesSinceBoot(), calibrationCost + TSC_HZ);
  assert.is(clock.secondsSinceBoot(), (calibrationCost + TSC_HZ) / clock.cycleFrequency());
  assert.ok(Math.abs(clock.secondsSinceBoot() - 1) < 0.001);
});

test("a counter behind the boot entry (a core whose TSC lags) reads 0, not a wrapped value", () => {
  const { hardware, clock } = calibratedMachine();
  hardware.tsc = 4_000_000_000;
  assert.is(clock.cyclesSinceBoot(), 0);
});

test("seconds or a deadline before calibration are a panic, not a division by zero or a deadline of now", () => {
  const hardware = new EmulatedClockHardware({ tscHz: TSC_HZ, cpuid: new Map() });
  const loaded = loadTime(hardware);
  const clock = loaded.clock as unknown as Clock;
  clock.recordBootEntry();
  assert.is(clock.cycleFrequency(), 0);
  const uncalibrated = (error: Error) => error instanceof KernelPanic && /before the TSC was calibrated/.test(error.message);
  assert.throws(() => clock.secondsSinceBoot(), uncalibrated);
  assert.throws(() => (loaded.deadline as unknown as Deadline).deadlineAfter(1), uncalibrated);
});

test("a deadline passes exactly when its cycles have elapsed, never a cycle early", () => {
  const { hardware, clock, deadline } = calibratedMachine();
  const start = clock.cyclesSinceBoot();
  const due = deadline.deadlineAfter(2.5);
  assert.is(due - start, Math.ceil(0.0025 * clock.cycleFrequency()));
  hardware.tsc += due - start - 1;
  assert.is(deadline.deadlinePassed(due), false);
  hardware.tsc += 1;
  assert.is(deadline.deadlinePassed(due), true);
});

test("zero, negative and NaN durations are due now; huge ones never", () => {
  const { clock, deadline } = calibratedMachine();
  assert.is(deadline.deadlineAfter(0), clock.cyclesSinceBoot());
  assert.is(deadline.deadlinePassed(deadline.deadlineAfter(-5)), true);
  assert.is(deadline.deadlinePassed(deadline.deadlineAfter(Number.NaN)), true);
  assert.is(deadline.deadlineAfter(1e12), deadline.never(), "31 years is never");
  assert.is(deadline.deadlineAfter(Number.POSITIVE_INFINITY), deadline.never());
  assert.is(deadline.deadlinePassed(deadline.never()), false);
});

test.run();

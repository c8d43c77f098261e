// The pure arithmetic of TSC calibration (runtime/kernel/time/
// calibration_arithmetic.ts), loaded under Node: CPUID leaf decoding, the
// pvclock scale, the PIT's wrap-around and window rules, and rounding of
// durations to cycles.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { pureLoader } from "../../runtime/lang/dialect_loader";

type Arithmetic = {
  PIT_HZ: number;
  PIT_MINIMUM_WINDOW_TICKS: number;
  PIT_MAXIMUM_WINDOW_TICKS: number;
  PIT_TARGET_UNCERTAINTY: number;
  crystalFrequency(denominator: number, numerator: number, crystalHz: number): number;
  baseFrequency(denominator: number, numerator: number, baseMegahertz: number): number;
  pvclockFrequency(multiplier: number, shift: number): number;
  pitTicksBetween(earlierCount: number, laterCount: number): number;
  pitWindowFrequency(cycles: number, ticks: number): number;
  pitWindowUncertainty(startBracket: number, endBracket: number, cycles: number): number;
  pitStepEarliest(previousLatchStart: number, latchStart: number, tickCycles: number): number;
  pitTickCyclesBound(cycles: number, ticks: number): number;
  PIT_ROUGH_TICKS: number;
  pitWindowIsComplete(ticks: number, uncertainty: number): boolean;
  cyclesForSeconds(seconds: number, frequency: number): number;
};

const arithmetic = pureLoader().load("runtime/kernel/time/calibration_arithmetic.ts") as unknown as Arithmetic;

test("CPUID 15h: crystal × numerator / denominator, nothing when a field is 0", () => {
  // A 24 MHz crystal with ratio 216/2 (an Intel part's TSC at 2.592 GHz).
  assert.is(arithmetic.crystalFrequency(2, 216, 24_000_000), 2_592_000_000);
  assert.is(arithmetic.crystalFrequency(0, 216, 24_000_000), 0);
  assert.is(arithmetic.crystalFrequency(2, 0, 24_000_000), 0);
  assert.is(arithmetic.crystalFrequency(2, 216, 0), 0);
});

test("CPUID 16h counts only with 15h's ratio, and only its low 16 bits", () => {
  assert.is(arithmetic.baseFrequency(2, 216, 2600), 2_600_000_000);
  assert.is(arithmetic.baseFrequency(2, 216, 0xabcd0000 + 2600), 2_600_000_000);
  assert.is(arithmetic.baseFrequency(0, 0, 2600), 0, "no ratio: the base frequency says nothing about the TSC");
  assert.is(arithmetic.baseFrequency(2, 216, 0), 0);
});

test("pvclock scale: the values KVM gave on the project's kvm_pvm host mean 2,596.134 MHz", () => {
  // Read from the host: tsc_to_system_mul 3308740840, tsc_shift -1.
  const hertz = arithmetic.pvclockFrequency(3308740840, -1);
  assert.ok(Math.abs(hertz - 2_596_134_000) < 1, String(hertz));
  // The same clock expressed with shift 0 and half the multiplier.
  assert.ok(Math.abs(arithmetic.pvclockFrequency(1654370420, 0) - hertz) < 1e-3);
  // A 1 GHz TSC: 1 ns per cycle is a multiplier of 2^31 with shift 1.
  assert.is(arithmetic.pvclockFrequency(2 ** 31, 1), 1e9);
  assert.is(arithmetic.pvclockFrequency(0, 0), 0, "an unfilled structure gives nothing");
});

test("PIT ticks between two counts count down through the 65536-tick period", () => {
  assert.is(arithmetic.pitTicksBetween(65390, 65297), 93);
  assert.is(arithmetic.pitTicksBetween(100, 100), 0);
  assert.is(arithmetic.pitTicksBetween(5, 65530), 11, "across the reload (0 reads as 65536)");
  assert.is(arithmetic.pitTicksBetween(0, 65535), 1);
});

test("PIT window: frequency and worst-case uncertainty from the two steps' brackets", () => {
  // 10 ms of ticks (11932) over 25,961,340 cycles is 2.5961 GHz.
  const frequency = arithmetic.pitWindowFrequency(25_961_340, 11_932);
  assert.ok(Math.abs(frequency - (25_961_340 * arithmetic.PIT_HZ) / 11_932) < 1e-3);
  // Brackets of 750 cycles at each end: each midpoint is off by at most 375.
  assert.ok(Math.abs(arithmetic.pitWindowUncertainty(750, 750, 25_961_340) - 750 / 25_961_340) < 1e-15);
  assert.is(arithmetic.pitWindowUncertainty(750, 750, 0), 1, "an empty window is no measurement");
});

test("a counter step lies after the previous read began, and at most a tick before this one", () => {
  // Reads quicker than a tick (TCG): the previous read bounds the step.
  assert.is(arithmetic.pitStepEarliest(10_000, 10_550, 2_200), 10_000);
  // Reads slower than a tick (kvm_pvm): one tick before this read does.
  assert.is(arithmetic.pitStepEarliest(10_000, 210_000, 2_200), 207_800);
  assert.is(arithmetic.pitStepEarliest(0, 1_000, 2_200), 0, "no wrap below zero");
});

test("the tick bound is the rough measurement plus 25%", () => {
  assert.is(arithmetic.PIT_ROUGH_TICKS, 1024);
  // 2,596 MHz: a tick is 2,175.8 cycles; the bound 2,720.8 rounds down, plus one.
  assert.is(arithmetic.pitTickCyclesBound(2_228_000, 1024), Math.floor((2_228_000 / 1024) * 1.25) + 1);
});

test("PIT window ends at 10 ms once within 50 ppm, and at 50 ms regardless", () => {
  const minimum = arithmetic.PIT_MINIMUM_WINDOW_TICKS;
  const maximum = arithmetic.PIT_MAXIMUM_WINDOW_TICKS;
  assert.is(Math.round((minimum / arithmetic.PIT_HZ) * 1000), 10);
  assert.is(Math.round((maximum / arithmetic.PIT_HZ) * 1000), 50);
  assert.is(arithmetic.pitWindowIsComplete(minimum - 1, 0), false, "never shorter than the minimum");
  assert.is(arithmetic.pitWindowIsComplete(minimum, arithmetic.PIT_TARGET_UNCERTAINTY), true);
  assert.is(arithmetic.PIT_TARGET_UNCERTAINTY, 0.00005);
  assert.is(arithmetic.pitWindowIsComplete(minimum, 0.0001), false, "too uncertain: keep going");
  assert.is(arithmetic.pitWindowIsComplete(maximum, 0.0005), true, "but never past the maximum");
});

test("durations become whole cycles, rounded up; nothing for zero, negative or NaN", () => {
  assert.is(arithmetic.cyclesForSeconds(0.001, 2_596_134_000), 2_596_134);
  assert.is(arithmetic.cyclesForSeconds(1e-9, 2_596_134_000), 3, "2.596 cycles round up");
  assert.is(arithmetic.cyclesForSeconds(0, 2e9), 0);
  assert.is(arithmetic.cyclesForSeconds(-1, 2e9), 0);
  assert.is(arithmetic.cyclesForSeconds(Number.NaN, 2e9), 0);
});

test.run();

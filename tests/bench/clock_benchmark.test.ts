// The clock benchmark's estimate of now()'s rate error (bench/clock_benchmark.ts),
// on marks made up with a known drift and a noisy, spiky console delay.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MarkPoint, clockRun, clockTable, leastSquaresSlope, rateErrorPpm, splitSource } from "../../bench/clock_benchmark";
import { completed } from "./support";

/** 1,000 marks 10 ms apart; the host sees guest time × (1 - errorPpm/10^6) plus a delay. */
function marks(errorPpm: number, delay: (index: number) => number): MarkPoint[] {
  const points: MarkPoint[] = [];
  for (let index = 0; index < 1000; index++) {
    const guestSeconds = 0.01 + index * 0.01;
    points.push({ guestSeconds, hostSeconds: 0.08 + guestSeconds / (1 + errorPpm / 1e6) + delay(index) });
  }
  return points;
}

/** A delay with a 100 us floor, noise above it, spikes of 20 ms, and a higher floor in the first second. */
function noisyDelay(index: number): number {
  const noise = ((index * 7919) % 97) / 97;
  const spike = index % 37 === 5 ? 0.02 : 0;
  const warmUp = index < 100 ? 0.0008 : 0;
  return 0.0001 + noise * 0.0005 + spike + warmUp;
}

test("least squares recovers a line's slope", () => {
  assert.ok(Math.abs(leastSquaresSlope([0, 1, 2, 3], [1, 3, 5, 7]) - 2) < 1e-12);
});

test("an exact clock with a steady delay shows no error", () => {
  assert.ok(Math.abs(rateErrorPpm(marks(0, () => 0.0003))) < 0.01);
});

test("a clock 50 ppm fast, or 120 ppm slow, is measured as such through noise, spikes and the warm-up", () => {
  assert.ok(Math.abs(rateErrorPpm(marks(50, noisyDelay)) - 50) < 1, String(rateErrorPpm(marks(50, noisyDelay))));
  assert.ok(Math.abs(rateErrorPpm(marks(-120, noisyDelay)) + 120) < 1, String(rateErrorPpm(marks(-120, noisyDelay))));
});

test("too few marks give no estimate", () => {
  assert.ok(Number.isNaN(rateErrorPpm(marks(0, () => 0).slice(0, 149))));
});

test("a run's figures come from its clock line and marks; the table splits the source", () => {
  const lines: Array<[string, number]> = [["bench clock hz=2596134000 source=kvm-clock, calibrated in 0.30 ms", 0.07]];
  for (const point of marks(0, () => 0.0002)) lines.push([`bench mark seconds=${point.guestSeconds.toFixed(9).padStart(14, "0")}`, point.hostSeconds]);
  const figures = clockRun(completed({ program: "clock_accuracy", cores: 1, accel: "kvm" }, lines));
  assert.ok(typeof figures !== "string");
  if (typeof figures === "string") return;
  assert.is(figures.marks, 1000);
  assert.ok(Math.abs(figures.errorPpm) < 0.01);
  assert.equal(splitSource(figures.source), ["kvm-clock", "calibrated in 0.30 ms"]);
  const table = clockTable([{ accel: "kvm", runs: [figures] }], 2596.134);
  assert.equal(table.rows[0].slice(0, 5), ["kvm", "kvm-clock", "calibrated in 0.30 ms", "2596.134", "0"]);
  assert.is(clockRun(completed({ program: "clock_accuracy", cores: 1, accel: "kvm" }, lines.slice(0, 1))), "only 0 marks arrived");
});

test.run();

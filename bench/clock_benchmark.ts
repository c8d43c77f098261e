// now() against the host's clock, under each accelerator.
//
// bench/programs/clock_accuracy.ts prints a mark every 10 ms for 10 s by
// now(), each carrying its now() reading; the host stamps each mark's
// arrival (guest_output.ts's LineClock). The difference host - guest is the
// console's delay plus a drift: its slope is how fast the guest's clock runs
// against the host's. The delay is noisy on a shared host (measured: a floor
// that moves between levels about 200 us apart and sits 500-800 us higher
// in the first second, spikes of tens of ms when a vCPU is descheduled), so
// the first second is dropped and the slope is fitted by least squares
// through the smallest difference in each window of 50 marks (0.5 s). Repeated
// 10 s runs spread by about ±30 ppm: that is this measurement's resolution
// (3 s runs spread by ±100 ppm and more).
//
// Beside it, the guest's frequency is compared with the host's "cpu MHz"
// (/proc/cpuinfo): on hosts whose clocksource is the TSC (this project's
// machines) that is the host kernel's TSC frequency, which the guest's TSC
// shares under TCG and under KVM without TSC scaling.
import { BenchLine, benchLines, numberField } from "./guest_output";
import { Accelerator, CompletedRun, GuestRequest } from "./guest_run";
import { BenchOptions } from "./options";
import { maximum, median, minimum } from "./statistics";
import { NOT_AVAILABLE, Table, fixed } from "./table";

export const CLOCK_PROGRAM = "clock_accuracy";
/** Marks per window (0.5 s), and windows dropped at the start (the first second). */
export const MARKS_PER_WINDOW = 50;
export const WARM_UP_WINDOWS = 2;
const MAXIMUM_REPEAT = 2;

export interface MarkPoint {
  /** now() in the guest when the mark was printed. */
  guestSeconds: number;
  /** The mark's arrival at the host, from QEMU's spawn. */
  hostSeconds: number;
}

export interface ClockRun {
  frequency: number;
  source: string;
  /** (guest rate - host rate) / host rate × 10^6: positive when the guest clock runs fast. */
  errorPpm: number;
  marks: number;
}

export interface ClockSummary {
  accel: Accelerator;
  runs: ClockRun[];
  unavailable?: string;
}

export function clockRequests(options: BenchOptions): GuestRequest[] {
  const repeat = Math.min(options.repeat, MAXIMUM_REPEAT);
  const requests: GuestRequest[] = [];
  for (const accel of options.accels) {
    for (let run = 1; run <= repeat; run++) {
      requests.push({ program: CLOCK_PROGRAM, cores: 1, accel, label: `clock: now() against the host under ${accel} (10 s), run ${run} of ${repeat}` });
    }
  }
  return requests;
}

export function markPoints(lines: readonly BenchLine[]): MarkPoint[] {
  return lines
    .filter((line) => line.kind === "mark")
    .map((line) => ({ guestSeconds: numberField(line, "seconds"), hostSeconds: line.hostSeconds }));
}

/**
 * The guest clock's rate error against the host's, in ppm, from the floor
 * (smallest host - guest) of consecutive windows of `perWindow` marks, after
 * `warmUp` windows (the last, incomplete window is dropped too). NaN with
 * fewer than two windows left.
 */
export function rateErrorPpm(points: readonly MarkPoint[], perWindow = MARKS_PER_WINDOW, warmUp = WARM_UP_WINDOWS): number {
  const times: number[] = [];
  const floors: number[] = [];
  for (let start = warmUp * perWindow; start + perWindow <= points.length; start += perWindow) {
    const window = points.slice(start, start + perWindow);
    times.push(window.reduce((sum, point) => sum + point.guestSeconds, 0) / window.length);
    floors.push(Math.min(...window.map((point) => point.hostSeconds - point.guestSeconds)));
  }
  if (times.length < 2) return Number.NaN;
  const slope = leastSquaresSlope(times, floors);
  // host = a + guest × (1 + slope): the guest runs (1 / (1 + slope) - 1) fast.
  return (-slope / (1 + slope)) * 1e6;
}

export function leastSquaresSlope(xs: readonly number[], ys: readonly number[]): number {
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  for (let index = 0; index < xs.length; index++) {
    covariance += (xs[index] - meanX) * (ys[index] - meanY);
    variance += (xs[index] - meanX) ** 2;
  }
  return covariance / variance;
}

/** One run's figures, or the reason it gives none. */
export function clockRun(run: CompletedRun): ClockRun | string {
  if (!run.result.ok) return run.result.failure ?? "failed";
  const lines = benchLines(run.result.lines);
  const clock = lines.find((line) => line.kind === "clock");
  if (!clock) return "the program printed no clock line";
  const points = markPoints(lines);
  const errorPpm = rateErrorPpm(points);
  if (!Number.isFinite(errorPpm)) return `only ${points.length} marks arrived`;
  return { frequency: numberField(clock, "hz"), source: clock.fields.source ?? "", errorPpm, marks: points.length };
}

export function summariseClock(runs: readonly CompletedRun[], options: BenchOptions): ClockSummary[] {
  return options.accels.map((accel) => {
    const summary: ClockSummary = { accel, runs: [] };
    const mine = runs.filter((run) => run.request.program === CLOCK_PROGRAM && run.request.accel === accel);
    const failures: string[] = [];
    for (const run of mine) {
      const figures = clockRun(run);
      if (typeof figures === "string") failures.push(figures);
      else summary.runs.push(figures);
    }
    if (failures.length > 0) summary.unavailable = `${failures[0]} (${failures.length} of ${mine.length} runs)`;
    else if (mine.length === 0) summary.unavailable = "not run";
    return summary;
  });
}

/** "kvm-clock, calibrated in 0.30 ms" → ["kvm-clock", "calibrated in 0.30 ms"]. */
export function splitSource(source: string): [string, string] {
  const comma = source.indexOf(",");
  return comma < 0 ? [source, ""] : [source.slice(0, comma), source.slice(comma + 1).trim()];
}

export function clockTable(summaries: readonly ClockSummary[], hostMegahertz: number | undefined): Table {
  const rows = summaries.map((summary) => {
    if (summary.unavailable !== undefined || summary.runs.length === 0) {
      return [summary.accel, NOT_AVAILABLE, NOT_AVAILABLE, NOT_AVAILABLE, NOT_AVAILABLE, NOT_AVAILABLE, NOT_AVAILABLE];
    }
    const frequencies = summary.runs.map((run) => run.frequency / 1e6);
    const errors = summary.runs.map((run) => run.errorPpm);
    const [name, details] = splitSource(summary.runs[0].source);
    const frequencyRange = minimum(frequencies) === maximum(frequencies)
      ? fixed(frequencies[0], 3)
      : `${fixed(minimum(frequencies), 3)} .. ${fixed(maximum(frequencies), 3)}`;
    const againstHost = hostMegahertz === undefined
      ? NOT_AVAILABLE
      : summary.runs.map((run) => fixed((run.frequency / 1e6 / hostMegahertz - 1) * 1e6, 0)).join(", ");
    return [summary.accel, name, details, frequencyRange, againstHost, fixed(median(errors), 0), summary.runs.map((run) => fixed(run.errorPpm, 0)).join(", ")];
  });
  const notes = [
    "Rate error: how fast now() runs against the host's monotonic clock over 10 s (positive: fast), fitted through the floor " +
      "of the console's delay; on this kind of host repeated runs spread by about ±30 ppm, the measurement's resolution.",
    `TSC vs host cpu MHz: the guest's calibrated frequency against /proc/cpuinfo's "cpu MHz"` +
      `${hostMegahertz === undefined ? "" : ` (${hostMegahertz})`}, the host's TSC frequency when its clocksource is the TSC, kHz-rounded.`,
  ];
  for (const summary of summaries) if (summary.unavailable !== undefined) notes.push(`${summary.accel}: ${NOT_AVAILABLE}: ${summary.unavailable}.`);
  return {
    title: "Clock: now() against the host's clock",
    headers: ["accelerator", "time source", "calibration", "TSC MHz", "TSC vs host cpu MHz (ppm)", "rate error, median (ppm)", "rate error per run (ppm)"],
    alignments: ["left", "left", "left", "right", "right", "right", "right"],
    rows,
    notes,
  };
}

export function clockJson(summaries: readonly ClockSummary[]): unknown {
  return summaries.map((summary) => ({ accel: summary.accel, unavailable: summary.unavailable ?? null, runs: summary.runs }));
}

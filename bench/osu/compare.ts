// Setting the two sides' OSU results beside each other: one table per
// benchmark and rank count (size, unikernel, MPICH, unikernel / MPICH), the
// JSON written to build/bench/osu.json, and the series the plots draw.
import { Table, fixed, ratio } from "../table";
import { sizeLabel } from "../bus_benchmark";
import { OsuBenchmark, OsuResult, OsuRow } from "./osu_output";
import { OsuRun } from "./plan";

export type Side = "unikernel" | "mpich";

/** One side's outcome for one run: rows, or why there are none. */
export interface SideOutcome {
  result?: OsuResult;
  failure?: string;
}

export interface OsuComparison {
  run: OsuRun;
  unikernel: SideOutcome;
  mpich: SideOutcome;
}

/** bw's figure is a rate (higher is better); every other benchmark's is a latency. */
export function unitOf(benchmark: OsuBenchmark): string {
  return benchmark === "bw" ? "MB/s" : "µs";
}

function rowsBySize(outcome: SideOutcome): Map<number, OsuRow> {
  return new Map((outcome.result?.rows ?? []).map((row) => [row.size, row]));
}

/** The sizes either side reported, ascending. */
export function comparedSizes(comparison: OsuComparison): number[] {
  const sizes = new Set([...rowsBySize(comparison.unikernel).keys(), ...rowsBySize(comparison.mpich).keys()]);
  return [...sizes].sort((a, b) => a - b);
}

function missing(outcome: SideOutcome): string {
  return outcome.failure !== undefined ? "failed" : "-";
}

export function comparisonTable(comparison: OsuComparison): Table {
  const { run } = comparison;
  const unit = unitOf(run.benchmark);
  const uni = rowsBySize(comparison.unikernel);
  const mpich = rowsBySize(comparison.mpich);
  const rows = comparedSizes(comparison).map((size) => {
    const left = uni.get(size)?.avg;
    const right = mpich.get(size)?.avg;
    return [
      run.benchmark === "barrier" ? "-" : sizeLabel(size),
      left === undefined ? missing(comparison.unikernel) : fixed(left, 2),
      right === undefined ? missing(comparison.mpich) : fixed(right, 2),
      ratio(left, right),
    ];
  });
  const notes: string[] = [];
  notes.push(`Options: ${run.args.length > 0 ? run.args.join(" ") : "OSU's defaults"}. Ratio = unikernel / MPICH${run.benchmark === "bw" ? " (above 1: the unikernel moves more)" : " (below 1: the unikernel is faster)"}.`);
  for (const side of ["unikernel", "mpich"] as const) {
    const failure = comparison[side].failure;
    if (failure !== undefined) notes.push(`${side === "mpich" ? "MPICH" : "unikernel"}: ${failure}`);
  }
  return {
    title: `OSU ${run.benchmark} at ${run.ranks} ranks`,
    headers: ["size", `unikernel (${unit})`, `MPICH (${unit})`, "unikernel/MPICH"],
    rows,
    notes,
  };
}

function sideJson(outcome: SideOutcome): unknown {
  return { rows: outcome.result?.rows ?? null, failure: outcome.failure ?? null };
}

/** build/bench/osu.json's content. */
export function osuJson(comparisons: readonly OsuComparison[], context: { date: string; mpichVersion: string; accel: string; hostCores: number; imageSizes?: unknown }): unknown {
  return {
    ...context,
    units: { latency: "microseconds", bw: "MB/s" },
    runs: comparisons.map((comparison) => ({
      benchmark: comparison.run.benchmark,
      ranks: comparison.run.ranks,
      args: comparison.run.args,
      unikernel: sideJson(comparison.unikernel),
      mpich: sideJson(comparison.mpich),
    })),
  };
}

/** [size, avg] of one side's rows with a size above 0 (log axes), ascending. */
export function sizeSeries(outcome: SideOutcome): Array<[number, number]> {
  return (outcome.result?.rows ?? [])
    .filter((row) => row.size > 0 && row.avg > 0)
    .map((row): [number, number] => [row.size, row.avg])
    .sort((a, b) => a[0] - b[0]);
}

/** [ranks, barrier latency] over the barrier runs, ascending. */
export function barrierSeries(comparisons: readonly OsuComparison[], side: Side): Array<[number, number]> {
  return comparisons
    .filter((comparison) => comparison.run.benchmark === "barrier")
    .flatMap((comparison): Array<[number, number]> => {
      const avg = comparison[side].result?.rows[0]?.avg;
      return avg !== undefined && avg > 0 ? [[comparison.run.ranks, avg]] : [];
    })
    .sort((a, b) => a[0] - b[0]);
}

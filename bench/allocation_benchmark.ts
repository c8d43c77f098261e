// (b) Allocator throughput per core: `new Uint8Array(n)` per second for n =
// 16, 256 and 4096 (bench/programs/allocation.ts times each size with now()).
//
// Runs on one core under each accelerator, and on as many cores as the host
// has under the first accelerator, where every core allocates from its own
// pool at once (per-core rate, and its ratio to the one-core rate, show what
// sharing the machine costs). A run counts only if every core reported every
// size; otherwise that column is not available, with the reason.
import { benchLines, numberField } from "./guest_output";
import { Accelerator, CompletedRun, GuestRequest } from "./guest_run";
import { BenchOptions } from "./options";
import { mean, median } from "./statistics";
import { NOT_AVAILABLE, Table, millionsPerSecond, ratio } from "./table";

export const ALLOCATION_PROGRAM = "allocation";
export const ALLOCATION_SIZES = [16, 256, 4096];
/** Repetitions: each run already measures 0.3 s per size. */
const MAXIMUM_REPEAT = 3;

export interface AllocationConfiguration {
  accel: Accelerator;
  cores: number;
}

export interface AllocationSummary extends AllocationConfiguration {
  /** Per size: the per-core rate (allocations per second) of each successful run, averaged over its cores. */
  ratesPerCore: Map<number, number[]>;
  unavailable?: string;
}

export function allocationConfigurations(options: BenchOptions, hostCores: number): AllocationConfiguration[] {
  const configurations: AllocationConfiguration[] = options.accels.map((accel) => ({ accel, cores: 1 }));
  if (hostCores > 1) configurations.push({ accel: options.accels[0], cores: hostCores });
  return configurations;
}

export function allocationRequests(options: BenchOptions, hostCores: number): GuestRequest[] {
  const repeat = Math.min(options.repeat, MAXIMUM_REPEAT);
  const requests: GuestRequest[] = [];
  for (const { accel, cores } of allocationConfigurations(options, hostCores)) {
    for (let run = 1; run <= repeat; run++) {
      requests.push({ program: ALLOCATION_PROGRAM, cores, accel, label: `allocation: ${cores} core${cores === 1 ? "" : "s"} under ${accel}, run ${run} of ${repeat}` });
    }
  }
  return requests;
}

/** Per size, the mean per-core rate of one run; or the reason it gives none. */
export function allocationRates(run: CompletedRun): Map<number, number> | string {
  if (!run.result.ok) return run.result.failure ?? "failed";
  const lines = benchLines(run.result.lines).filter((line) => line.kind === "alloc");
  const rates = new Map<number, number>();
  for (const bytes of ALLOCATION_SIZES) {
    const mine = lines.filter((line) => numberField(line, "bytes") === bytes);
    if (mine.length !== run.request.cores) return `${mine.length} of ${run.request.cores} cores reported ${bytes}-byte allocations`;
    rates.set(bytes, mean(mine.map((line) => numberField(line, "count") / numberField(line, "seconds"))));
  }
  return rates;
}

export function summariseAllocation(runs: readonly CompletedRun[], options: BenchOptions, hostCores: number): AllocationSummary[] {
  return allocationConfigurations(options, hostCores).map(({ accel, cores }) => {
    const summary: AllocationSummary = { accel, cores, ratesPerCore: new Map(ALLOCATION_SIZES.map((bytes) => [bytes, []])) };
    const mine = runs.filter((run) => run.request.program === ALLOCATION_PROGRAM && run.request.accel === accel && run.request.cores === cores);
    const failures: string[] = [];
    for (const run of mine) {
      const rates = allocationRates(run);
      if (typeof rates === "string") failures.push(rates);
      else for (const [bytes, rate] of rates) summary.ratesPerCore.get(bytes)!.push(rate);
    }
    if (failures.length > 0) summary.unavailable = `${failures[0]} (${failures.length} of ${mine.length} runs)`;
    return summary;
  });
}

function medianRate(summary: AllocationSummary | undefined, bytes: number): number | undefined {
  if (!summary || summary.unavailable !== undefined) return undefined;
  const rates = summary.ratesPerCore.get(bytes) ?? [];
  return rates.length === 0 ? undefined : median(rates);
}

export function allocationTable(summaries: readonly AllocationSummary[], options: BenchOptions, hostCores: number): Table {
  const single = options.accels.map((accel) => summaries.find((summary) => summary.accel === accel && summary.cores === 1));
  const shared = hostCores > 1 ? summaries.find((summary) => summary.accel === options.accels[0] && summary.cores === hostCores) : undefined;
  const headers = ["object", ...options.accels.map((accel) => `${accel}, 1 core`)];
  if (options.accels.length === 2) headers.push(`${options.accels[0]}/${options.accels[1]}`);
  if (shared) headers.push(`${shared.accel}, per core of ${hostCores}`, `${hostCores} cores / 1 core`);
  const rows = ALLOCATION_SIZES.map((bytes) => {
    const singleRates = single.map((summary) => medianRate(summary, bytes));
    const row = [`new Uint8Array(${bytes}) (${bytes + 16}-byte block)`, ...singleRates.map(millionsPerSecond)];
    if (options.accels.length === 2) row.push(ratio(singleRates[0], singleRates[1]));
    if (shared) {
      const sharedRate = medianRate(shared, bytes);
      row.push(millionsPerSecond(sharedRate), ratio(sharedRate, singleRates[0]));
    }
    return row;
  });
  const notes = [
    `Allocations per second on one core (median of ${Math.min(options.repeat, MAXIMUM_REPEAT)} runs of 0.3 s per size, ` +
      "after 0.05 s of warm-up), collection of the dropped arrays included.",
  ];
  for (const summary of summaries) {
    if (summary.unavailable !== undefined) notes.push(`${summary.cores} core${summary.cores === 1 ? "" : "s"} under ${summary.accel}: ${NOT_AVAILABLE}: ${summary.unavailable}.`);
  }
  return { title: "Allocation throughput per core", headers, rows, notes };
}

export function allocationJson(summaries: readonly AllocationSummary[]): unknown {
  return summaries.map((summary) => ({
    accel: summary.accel,
    cores: summary.cores,
    unavailable: summary.unavailable ?? null,
    allocationsPerSecondPerCore: Object.fromEntries(ALLOCATION_SIZES.map((bytes) => [String(bytes), summary.ratesPerCore.get(bytes) ?? []])),
  }));
}

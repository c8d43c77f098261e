// (a) Boot: from VM start to every core ready, for each core count.
//
// bench/programs/boot_ready.ts prints, from every core that runs it, the
// cycles() of its first statement: TSC cycles since the boot core entered
// the kernel. A run counts only if every core reported; its guest time is
// the largest of those cycles over tscFrequency() (kernel entry to the last
// core ready), its host time the arrival of the last core's line counted
// from QEMU's spawn (so it includes QEMU's own start, firmware-less PVH
// loading, and printing the lines). Core counts that do not boot, or whose
// cores do not all run the program, are reported as not available with the
// reason.
import { BenchLine, benchLines, numberField } from "./guest_output";
import { Accelerator, CompletedRun, GuestRequest } from "./guest_run";
import { BenchOptions } from "./options";
import { median, minimum } from "./statistics";
import { NOT_AVAILABLE, Table, fixed, ratio } from "./table";

export const BOOT_PROGRAM = "boot_ready";

export interface BootSample {
  guestSeconds: number;
  hostSeconds: number;
}

export interface BootSummary {
  cores: number;
  accel: Accelerator;
  /** One per successful run. */
  samples: BootSample[];
  /** Why the configuration is not available, when a run failed. */
  unavailable?: string;
}

export function bootRequests(options: BenchOptions): GuestRequest[] {
  const requests: GuestRequest[] = [];
  for (const cores of options.coreCounts) {
    for (const accel of options.accels) {
      for (let run = 1; run <= options.repeat; run++) {
        requests.push({ program: BOOT_PROGRAM, cores, accel, label: `boot: ${cores} core${cores === 1 ? "" : "s"} under ${accel}, run ${run} of ${options.repeat}` });
      }
    }
  }
  return requests;
}

/** One run's sample, or the reason it gives none. */
export function bootSample(run: CompletedRun): BootSample | string {
  if (!run.result.ok) return run.result.failure ?? "failed";
  const ready = benchLines(run.result.lines).filter((line) => line.kind === "ready");
  if (ready.length !== run.request.cores) return `${ready.length} of ${run.request.cores} cores reported ready`;
  const frequency = numberField(ready[0], "hz");
  const cycles = Math.max(...ready.map((line: BenchLine) => numberField(line, "cycles")));
  return { guestSeconds: cycles / frequency, hostSeconds: Math.max(...ready.map((line) => line.hostSeconds)) };
}

export function summariseBoot(runs: readonly CompletedRun[], options: BenchOptions): BootSummary[] {
  const summaries: BootSummary[] = [];
  for (const cores of options.coreCounts) {
    for (const accel of options.accels) {
      const mine = runs.filter((run) => run.request.program === BOOT_PROGRAM && run.request.cores === cores && run.request.accel === accel);
      const summary: BootSummary = { cores, accel, samples: [] };
      const failures: string[] = [];
      for (const run of mine) {
        const sample = bootSample(run);
        if (typeof sample === "string") failures.push(sample);
        else summary.samples.push(sample);
      }
      if (failures.length > 0) summary.unavailable = `${failures[0]} (${failures.length} of ${mine.length} runs)`;
      summaries.push(summary);
    }
  }
  return summaries;
}

function milliseconds(summary: BootSummary | undefined, pick: (sample: BootSample) => number): number | undefined {
  if (!summary || summary.unavailable !== undefined || summary.samples.length === 0) return undefined;
  return median(summary.samples.map(pick)) * 1000;
}

export function bootTable(summaries: readonly BootSummary[], options: BenchOptions): Table {
  const headers = ["cores"];
  for (const accel of options.accels) headers.push(`${accel}: entry → all ready (guest TSC, ms)`, `${accel}: spawn → last ready line (host, ms)`);
  const compared = options.accels.length === 2;
  if (compared) headers.push(`${options.accels[1]}/${options.accels[0]} guest`, `${options.accels[1]}/${options.accels[0]} host`);
  const notes: string[] = [
    `Medians of ${options.repeat} runs. Guest: cycles() at the program's first statement on the last core, over tscFrequency(); ` +
      "host: from spawning QEMU to that core's line on the console (QEMU's start and the console included).",
  ];
  const rows = options.coreCounts.map((cores) => {
    const row = [String(cores)];
    const guest: Array<number | undefined> = [];
    const host: Array<number | undefined> = [];
    for (const accel of options.accels) {
      const summary = summaries.find((candidate) => candidate.cores === cores && candidate.accel === accel);
      guest.push(milliseconds(summary, (sample) => sample.guestSeconds));
      host.push(milliseconds(summary, (sample) => sample.hostSeconds));
      row.push(fixed(guest[guest.length - 1], 2), fixed(host[host.length - 1], 1));
      if (summary?.unavailable !== undefined) notes.push(`${cores} cores under ${accel}: ${NOT_AVAILABLE}: ${summary.unavailable}.`);
    }
    if (compared) row.push(ratio(guest[1], guest[0]), ratio(host[1], host[0]));
    return row;
  });
  return { title: "Boot: VM start to every core ready", headers, rows, notes };
}

/** The fastest run too, for results.json. */
export function bootJson(summaries: readonly BootSummary[]): unknown {
  return summaries.map((summary) => ({
    cores: summary.cores,
    accel: summary.accel,
    unavailable: summary.unavailable ?? null,
    guestMilliseconds: summary.samples.map((sample) => sample.guestSeconds * 1000),
    hostMilliseconds: summary.samples.map((sample) => sample.hostSeconds * 1000),
    medianGuestMilliseconds: milliseconds(summary, (sample) => sample.guestSeconds) ?? null,
    medianHostMilliseconds: milliseconds(summary, (sample) => sample.hostSeconds) ?? null,
    fastestHostMilliseconds: summary.samples.length > 0 ? minimum(summary.samples.map((sample) => sample.hostSeconds)) * 1000 : null,
  }));
}

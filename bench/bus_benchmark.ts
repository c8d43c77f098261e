// The bus: messages between two cores over toro/virtio, measured as the OSU
// micro-benchmarks measure MPI (bench/programs/bus.ts runs them):
//   - one-way latency (osu_latency): ping-pong of one message between core 0
//     and core 1; latency = time / (2 × round trips);
//   - bandwidth (osu_bw): core 0 sends a window of messages back to back,
//     core 1 acknowledges each window with one byte;
//     MB/s = bytes / 10^6 × window × windows / time.
//
// Runs on two cores under the first accelerator only (KVM when usable): the
// figures are meant to be set beside an MPI library's on the host, and under
// TCG two vCPUs passing cache lines measure QEMU's emulation rather than the
// bus (`--accel tcg` still gives them). A run counts only if it reported
// every size exactly once; the tables show the median over runs and the
// range, since on a busy host runs can differ by orders of magnitude (a
// waiting core that blocks, rather than polls, waits for an interrupt).
import { BenchLine, benchLines, numberField } from "./guest_output";
import { Accelerator, CompletedRun, GuestRequest } from "./guest_run";
import { BenchOptions } from "./options";
import { maximum, median, minimum } from "./statistics";
import { NOT_AVAILABLE, Table, fixed } from "./table";

export const BUS_PROGRAM = "bus";
/** Core 0 and core 1 talk; the program needs no more. */
export const BUS_CORES = 2;
export const LATENCY_SIZES = [0, 8, 64, 256, 1024, 8192];
export const BANDWIDTH_SIZES = [1024, 4096, 16384, 65536, 262144, 1048576, 4194304];
/** runtime/virtio/split_ring.ts: messages up to COPY_LIMIT bytes are copied into the queue's QUEUE_SIZE slots of SLOT_BYTES. */
export const COPY_LIMIT = 8192;
const QUEUE_SIZE = 128;
const SLOT_BYTES = 256;
/**
 * Runs: one takes about a second under KVM when the cores poll, but half a
 * minute when they fall back to blocking on a busy host (see above).
 */
const MAXIMUM_REPEAT = 3;
/** Runs whose slowest and fastest differ by more than this are pointed out under the table. */
const SPREAD_WORTH_A_NOTE = 10;

/** One run's figures, per message size. */
export interface BusRun {
  latencyMicroseconds: Map<number, number>;
  bandwidthMegabytesPerSecond: Map<number, number>;
}

export interface BusSummary {
  accel: Accelerator;
  /** Per size: one figure per successful run. */
  latencyMicroseconds: Map<number, number[]>;
  bandwidthMegabytesPerSecond: Map<number, number[]>;
  unavailable?: string;
}

export function busAccelerators(options: BenchOptions): Accelerator[] {
  return [options.accels[0]];
}

export function busRequests(options: BenchOptions): GuestRequest[] {
  const repeat = Math.min(options.repeat, MAXIMUM_REPEAT);
  const requests: GuestRequest[] = [];
  for (const accel of busAccelerators(options)) {
    for (let run = 1; run <= repeat; run++) {
      requests.push({ program: BUS_PROGRAM, cores: BUS_CORES, accel, label: `bus: latency and bandwidth between 2 cores under ${accel}, run ${run} of ${repeat}` });
    }
  }
  return requests;
}

export function oneWayLatencyMicroseconds(seconds: number, roundTrips: number): number {
  return (seconds / (2 * roundTrips)) * 1e6;
}

export function megabytesPerSecond(bytes: number, window: number, windows: number, seconds: number): number {
  return ((bytes / 1e6) * window * windows) / seconds;
}

/** The one line of `kind` for `bytes`, or why there is not exactly one. */
function lineFor(lines: readonly BenchLine[], kind: string, bytes: number): BenchLine | string {
  const mine = lines.filter((line) => line.kind === kind && numberField(line, "bytes") === bytes);
  return mine.length === 1 ? mine[0] : `${mine.length} ${kind} lines for ${bytes} bytes`;
}

/** One run's figures, or the reason it gives none. */
export function busRun(run: CompletedRun): BusRun | string {
  if (!run.result.ok) return run.result.failure ?? "failed";
  try {
    const lines = benchLines(run.result.lines);
    const figures: BusRun = { latencyMicroseconds: new Map(), bandwidthMegabytesPerSecond: new Map() };
    for (const bytes of LATENCY_SIZES) {
      const line = lineFor(lines, "latency", bytes);
      if (typeof line === "string") return line;
      figures.latencyMicroseconds.set(bytes, oneWayLatencyMicroseconds(numberField(line, "seconds"), numberField(line, "iterations")));
    }
    for (const bytes of BANDWIDTH_SIZES) {
      const line = lineFor(lines, "bandwidth", bytes);
      if (typeof line === "string") return line;
      const rate = megabytesPerSecond(bytes, numberField(line, "window"), numberField(line, "iterations"), numberField(line, "seconds"));
      figures.bandwidthMegabytesPerSecond.set(bytes, rate);
    }
    return figures;
  } catch (error) {
    return (error as Error).message;
  }
}

export function summariseBus(runs: readonly CompletedRun[], options: BenchOptions): BusSummary[] {
  return busAccelerators(options).map((accel) => {
    const summary: BusSummary = {
      accel,
      latencyMicroseconds: new Map(LATENCY_SIZES.map((bytes) => [bytes, []])),
      bandwidthMegabytesPerSecond: new Map(BANDWIDTH_SIZES.map((bytes) => [bytes, []])),
    };
    const mine = runs.filter((run) => run.request.program === BUS_PROGRAM && run.request.accel === accel);
    const failures: string[] = [];
    for (const run of mine) {
      const figures = busRun(run);
      if (typeof figures === "string") {
        failures.push(figures);
        continue;
      }
      for (const [bytes, value] of figures.latencyMicroseconds) summary.latencyMicroseconds.get(bytes)!.push(value);
      for (const [bytes, value] of figures.bandwidthMegabytesPerSecond) summary.bandwidthMegabytesPerSecond.get(bytes)!.push(value);
    }
    if (failures.length > 0) summary.unavailable = `${failures[0]} (${failures.length} of ${mine.length} runs)`;
    else if (mine.length === 0) summary.unavailable = "not run";
    return summary;
  });
}

/** "0 B", "8 B", "1 KiB", "4 MiB". */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1048576 && bytes % 1048576 === 0) return `${bytes / 1048576} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} B`;
}

/** How sendTo carries a message of `bytes` and how many of them the queue holds at once. */
export function sendPath(bytes: number): string {
  if (bytes > COPY_LIMIT) return "lent: sendTo waits for the copy";
  const slots = Math.max(1, Math.ceil(bytes / SLOT_BYTES));
  return `copied: ${Math.floor(QUEUE_SIZE / slots)} fit in the queue`;
}

/** The median and "min .. max" cells of `values`, with `digits` decimals; not available when a run failed. */
function medianAndRange(summary: BusSummary, values: readonly number[] | undefined, digits: number): [string, string] {
  if (summary.unavailable !== undefined || !values || values.length === 0) return [NOT_AVAILABLE, NOT_AVAILABLE];
  return [fixed(median(values), digits), `${fixed(minimum(values), digits)} .. ${fixed(maximum(values), digits)}`];
}

/** The sizes whose runs differ by more than SPREAD_WORTH_A_NOTE times. */
export function widelySpreadSizes(figures: ReadonlyMap<number, readonly number[]>): number[] {
  return [...figures.entries()]
    .filter(([, values]) => values.length > 1 && maximum(values) > SPREAD_WORTH_A_NOTE * minimum(values))
    .map(([bytes]) => bytes);
}

function commonNotes(summaries: readonly BusSummary[], hostCores: number, pick: (summary: BusSummary) => Map<number, number[]>): string[] {
  const notes: string[] = [];
  if (hostCores < BUS_CORES) notes.push(`This host has ${hostCores} core: the two vCPUs take turns on it, so these figures measure the host's scheduling.`);
  for (const summary of summaries) {
    if (summary.unavailable !== undefined) {
      notes.push(`${summary.accel}: ${NOT_AVAILABLE}: ${summary.unavailable}.`);
      continue;
    }
    const spread = widelySpreadSizes(pick(summary));
    if (spread.length > 0) {
      notes.push(
        `${summary.accel}: runs differ more than ${SPREAD_WORTH_A_NOTE}-fold at ${spread.map(sizeLabel).join(", ")}: ` +
          "in the slow runs the cores waited for each other by blocking and interrupts rather than by polling (runtime/virtio/waiting.ts), " +
          "as happens when the host deschedules a vCPU.",
      );
    }
  }
  return notes;
}

export function busLatencyTable(summaries: readonly BusSummary[], hostCores: number): Table {
  const headers = ["message"];
  for (const summary of summaries) headers.push(`${summary.accel}: one-way latency, median (µs)`, `${summary.accel}: runs, min .. max (µs)`);
  const rows = LATENCY_SIZES.map((bytes) => {
    const row = [sizeLabel(bytes)];
    for (const summary of summaries) row.push(...medianAndRange(summary, summary.latencyMicroseconds.get(bytes), 3));
    return row;
  });
  const runs = Math.max(0, ...summaries.map((summary) => summary.latencyMicroseconds.get(LATENCY_SIZES[0])?.length ?? 0));
  const notes = [
    `Ping-pong between core 0 and core 1 with sendTo/recvFrom (as osu_latency): 1,000 round trips of warm-up, then 10,000 timed with now(); ` +
      `one-way latency = time / (2 × round trips). Median of ${runs} run${runs === 1 ? "" : "s"}.`,
    ...commonNotes(summaries, hostCores, (summary) => summary.latencyMicroseconds),
  ];
  return { title: "Bus: one-way latency between two cores", headers, rows, notes };
}

export function busBandwidthTable(summaries: readonly BusSummary[], hostCores: number): Table {
  const headers = ["message", "sendTo"];
  for (const summary of summaries) headers.push(`${summary.accel}: bandwidth, median (MB/s)`, `${summary.accel}: runs, min .. max (MB/s)`);
  const rows = BANDWIDTH_SIZES.map((bytes) => {
    const row = [sizeLabel(bytes), sendPath(bytes)];
    for (const summary of summaries) row.push(...medianAndRange(summary, summary.bandwidthMegabytesPerSecond.get(bytes), 0));
    return row;
  });
  const notes = [
    "Core 0 sends windows of 64 messages with sendTo, core 1 answers each window with a 1-byte message (as osu_bw); " +
      "MB/s = bytes / 10^6 × 64 × windows / time. 200 windows up to 16 KiB, 100 up to 256 KiB, 10 above, after 5 of warm-up. " +
      "sendTo never has 64 messages in flight: copied ones wait for room in the queue, lent ones are sent one at a time.",
    ...commonNotes(summaries, hostCores, (summary) => summary.bandwidthMegabytesPerSecond),
  ];
  return { title: "Bus: bandwidth between two cores", headers, alignments: ["left", "left"], rows, notes };
}

export function busTables(summaries: readonly BusSummary[], hostCores: number): Table[] {
  return [busLatencyTable(summaries, hostCores), busBandwidthTable(summaries, hostCores)];
}

export function busJson(summaries: readonly BusSummary[]): unknown {
  const perSize = (figures: Map<number, number[]>): Record<string, number[]> =>
    Object.fromEntries([...figures.entries()].map(([bytes, values]) => [String(bytes), values]));
  return summaries.map((summary) => ({
    accel: summary.accel,
    cores: BUS_CORES,
    unavailable: summary.unavailable ?? null,
    oneWayLatencyMicroseconds: perSize(summary.latencyMicroseconds),
    bandwidthMegabytesPerSecond: perSize(summary.bandwidthMegabytesPerSecond),
  }));
}

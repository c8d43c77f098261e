// OSU micro-benchmarks 7.4's output, parsed: the same reader serves MPICH's
// run (bench/mpich/osu_mirror.c) and the unikernel's (samples/osu_<name>.ts).
// The shape it reads:
//
//   # OSU MPI Reduce Latency Test v7.4
//   # Datatype: MPI_CHAR.
//   # Size       Avg Latency(us)   [Min Latency(us)   Max Latency(us)  Iterations]
//   8                       0.42   [           0.26              0.57        1000]
//
// osu_barrier has no size column (its rows are "Avg [Min Max Iterations]");
// osu_latency's and osu_bw's rows are "size value". Lines before the title
// (a kernel's boot messages) and comment lines are skipped; a row may carry
// the unikernel's "[rank] " tag.

export type OsuBenchmark = "barrier" | "bcast" | "reduce" | "allreduce" | "gather" | "scatter" | "allgather" | "alltoall" | "latency" | "bw";

export const OSU_BENCHMARKS: OsuBenchmark[] = ["barrier", "bcast", "reduce", "allreduce", "gather", "scatter", "allgather", "alltoall", "latency", "bw"];

/** One printed row. `avg` is microseconds, or MB/s for bw; barrier rows have size 0. */
export interface OsuRow {
  size: number;
  avg: number;
  min?: number;
  max?: number;
  iterations?: number;
}

export interface OsuResult {
  benchmark: OsuBenchmark;
  rows: OsuRow[];
}

/** The words between "# OSU MPI " and " Test" in each benchmark's title. */
const TITLES: Record<string, OsuBenchmark> = {
  "Barrier Latency": "barrier",
  "Broadcast Latency": "bcast",
  "Reduce Latency": "reduce",
  "Allreduce Latency": "allreduce",
  "Gather Latency": "gather",
  "Scatter Latency": "scatter",
  "Allgather Latency": "allgather",
  "All-to-All Personalized Exchange Latency": "alltoall",
  Latency: "latency",
  Bandwidth: "bw",
};

const TITLE = /^# OSU MPI(?:-\S+)? (.+) Test(?: v[\d.]+)?\s*$/;
const RANK_TAG = /^\[\d+\]\s?/;
const NUMBER = /^\d+(?:\.\d+)?$/;

/** The benchmark a title line names, or undefined when the line is no OSU title. */
export function benchmarkOfTitle(line: string): OsuBenchmark | undefined {
  const match = TITLE.exec(line.replace(RANK_TAG, "").trim());
  return match ? TITLES[match[1]] : undefined;
}

/** The numbers of a data row, or undefined when the line is not one. */
function rowNumbers(line: string): number[] | undefined {
  const words = line.replace(RANK_TAG, "").trim().split(/\s+/);
  if (words.length === 0 || words[0] === "" || !words.every((word) => NUMBER.test(word))) return undefined;
  return words.map(Number);
}

/** The row `numbers` make for `benchmark`; an Error names a row of the wrong width. */
function toRow(benchmark: OsuBenchmark, numbers: number[], line: string): OsuRow {
  const sized = benchmark !== "barrier";
  const values = sized ? numbers.slice(1) : numbers;
  const size = sized ? numbers[0] : 0;
  if (values.length === 1) return { size, avg: values[0] };
  if (values.length === 4 && benchmark !== "latency" && benchmark !== "bw") {
    return { size, avg: values[0], min: values[1], max: values[2], iterations: values[3] };
  }
  throw new Error(`osu ${benchmark}: unexpected row "${line.trim()}"`);
}

/** Parses one benchmark's output; throws when no OSU title is found or a row is malformed. */
export function parseOsuOutput(text: string): OsuResult {
  const lines = text.split(/\r?\n/);
  const titleIndex = lines.findIndex((line) => benchmarkOfTitle(line) !== undefined);
  if (titleIndex < 0) throw new Error("no OSU title line (# OSU MPI ... Test) in the output");
  const benchmark = benchmarkOfTitle(lines[titleIndex])!;
  const rows: OsuRow[] = [];
  for (const line of lines.slice(titleIndex + 1)) {
    const numbers = rowNumbers(line);
    if (numbers) rows.push(toRow(benchmark, numbers, line));
  }
  return { benchmark, rows };
}

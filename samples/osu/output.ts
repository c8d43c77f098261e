// OSU 7.4's output, byte for byte, so its plotting scripts read these ports'
// tables: a blank line, the title line, for sized benchmarks the datatype
// line, the column header, then one row per size. Widths are OSU's: the size
// left-aligned in 10 columns (C's %-10d), each number right-aligned in 20
// with two decimals (%20.2f), the iteration count in 12 (%12lu); osu_barrier
// has no size column and prints its average in 17 (%17.2f).
// Everything here prints on rank 0 only, as OSU does.
import { MPI_COMM_WORLD, MPI_Comm_rank } from "toro/mpi";

const SIZE_WIDTH: i32 = 10;
const FIELD_WIDTH: i32 = 20;
const ITERATIONS_WIDTH: i32 = 12;
const UNSIZED_FIELD_WIDTH: i32 = 17;

export const OSU_VERSION = "7.4";

function isRankZero(): boolean {
  const rank = new Int32Array(1);
  MPI_Comm_rank(MPI_COMM_WORLD, rank);
  return rank[0] === 0;
}

/**
 * C's %.2f. toFixed rounds a value exactly halfway up, C to even; only
 * values that are whole eighths can sit exactly halfway between hundredths
 * (k/8 with k odd gives .125, .375, ...), and for those x * 100 is exact.
 */
export function fixed2(value: f64): string {
  const hundredths = value * 100;
  const isExactTie = value * 8 === Math.floor(value * 8) && hundredths - Math.floor(hundredths) === 0.5;
  if (isExactTie && Math.abs(value) < 1e15) {
    const lower = Math.floor(hundredths);
    const even = lower % 2 === 0 ? lower : lower + 1;
    return (even / 100).toFixed(2);
  }
  return value.toFixed(2);
}

/** `# OSU MPI Reduce Latency Test v7.4` for "Reduce Latency". */
export function titleLine(benchmark: string): string {
  return `# OSU MPI ${benchmark} Test v${OSU_VERSION}`;
}

/** OSU's preamble: a blank line, then the title. */
export function printPreamble(benchmark: string): void {
  if (!isRankZero()) return;
  console.log("");
  console.log(titleLine(benchmark));
}

/** The version message (-v): the title alone. */
export function printVersion(benchmark: string): void {
  if (isRankZero()) console.log(titleLine(benchmark));
}

export function printDatatype(name: string): void {
  if (isRankZero()) console.log(`# Datatype: ${name}.`);
}

function fullColumnsHeader(full: boolean): string {
  if (!full) return "";
  return "Min Latency(us)".padStart(FIELD_WIDTH) + "Max Latency(us)".padStart(FIELD_WIDTH) + "Iterations".padStart(ITERATIONS_WIDTH);
}

/** `# Size` then one right-aligned column title (Avg Latency(us) or Bandwidth (MB/s)), plus -f's columns. */
export function printSizedHeader(column: string, full: boolean): void {
  if (isRankZero()) console.log("# Size".padEnd(SIZE_WIDTH) + column.padStart(FIELD_WIDTH) + fullColumnsHeader(full));
}

/** osu_barrier's header: no size column. */
export function printUnsizedHeader(full: boolean): void {
  if (isRankZero()) console.log("# Avg Latency(us)" + fullColumnsHeader(full));
}

function fullColumns(full: boolean, min: f64, max: f64, iterations: i32): string {
  if (!full) return "";
  return fixed2(min).padStart(FIELD_WIDTH) + fixed2(max).padStart(FIELD_WIDTH) + String(iterations).padStart(ITERATIONS_WIDTH);
}

/** A row of a sized table: size, one value, and with -f min, max, iterations. */
export function printSizedRow(size: i32, value: f64, full: boolean, min: f64, max: f64, iterations: i32): void {
  if (!isRankZero()) return;
  console.log(String(size).padEnd(SIZE_WIDTH) + fixed2(value).padStart(FIELD_WIDTH) + fullColumns(full, min, max, iterations));
}

/** osu_barrier's single row. */
export function printUnsizedRow(value: f64, full: boolean, min: f64, max: f64, iterations: i32): void {
  if (!isRankZero()) return;
  console.log(fixed2(value).padStart(UNSIZED_FIELD_WIDTH) + fullColumns(full, min, max, iterations));
}

// The measuring method of OSU 7.4's blocking collective benchmarks
// (c/mpi/collective/blocking/osu_*.c), shared by the ports:
// - sizes from the minimum to the maximum, doubling; a size holding less than
//   one element of the datatype is skipped;
// - per size, warm-up iterations then timed ones (the counts switch to the
//   "large" ones, for good, once a size exceeds 8192 bytes); each iteration's
//   MPI_Wtime pair encloses only the collective call; untimed barriers sit
//   where each benchmark puts them (CollectiveMethod);
// - per rank, latency = summed call time × 1e6 / iterations (µs); rank 0
//   gets the minimum, maximum and sum over ranks by three MPI_Reduce calls
//   of one double, and prints average = sum / ranks.
import { MPI_COMM_WORLD, MPI_Barrier, MPI_Comm_size, MPI_DOUBLE, MPI_MAX, MPI_MIN, MPI_Reduce, MPI_SUM, MPI_Wtime } from "toro/mpi";
import { LARGE_MESSAGE_SIZE, OsuOptions } from "./options";
import { printDatatype, printPreamble, printSizedHeader, printSizedRow } from "./output";

/** Where a benchmark puts its untimed barriers (they differ between OSU's benchmarks). */
export class CollectiveMethod {
  /** Before each size's iterations start. */
  beforeEachSize: boolean;
  /** In each iteration, just before the timed call (osu_reduce). */
  beforeEachCall: boolean;
  /** In each iteration, just after the timed call (the others). */
  afterEachCall: boolean;
  /** After a size's iterations, before the statistics (osu_bcast, osu_allgather). */
  afterIterations: boolean;
  /** After a size's row is printed. */
  afterEachRow: boolean;

  constructor(beforeEachSize: boolean, beforeEachCall: boolean, afterEachCall: boolean, afterIterations: boolean, afterEachRow: boolean) {
    this.beforeEachSize = beforeEachSize;
    this.beforeEachCall = beforeEachCall;
    this.afterEachCall = afterEachCall;
    this.afterIterations = afterIterations;
    this.afterEachRow = afterEachRow;
  }
}

/** OSU's default datatype; the ports keep it (Int8Array buffers). */
export const DATATYPE_NAME = "MPI_CHAR";
export const DATATYPE_BYTES: i32 = 1;

/** Per-rank latencies reduced to rank 0: [average, minimum, maximum] (meaningful on rank 0). */
export function latencyAcrossRanks(latency: f64): Float64Array {
  const mine = new Float64Array(1);
  mine[0] = latency;
  const min = new Float64Array(1);
  const max = new Float64Array(1);
  const sum = new Float64Array(1);
  MPI_Reduce(mine, min, 1, MPI_DOUBLE, MPI_MIN, 0, MPI_COMM_WORLD);
  MPI_Reduce(mine, max, 1, MPI_DOUBLE, MPI_MAX, 0, MPI_COMM_WORLD);
  MPI_Reduce(mine, sum, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
  const ranks = new Int32Array(1);
  MPI_Comm_size(MPI_COMM_WORLD, ranks);
  const statistics = new Float64Array(3);
  statistics[0] = sum[0] / f64(ranks[0]);
  statistics[1] = min[0];
  statistics[2] = max[0];
  return statistics;
}

/** This rank's mean time of `collective(elements)` over the timed iterations, in µs. */
function timeOneSize(options: OsuOptions, method: CollectiveMethod, collective: (elements: i32) => void, elements: i32): f64 {
  let timer: f64 = 0;
  const total: i32 = options.iterations + options.warmup;
  for (let iteration: i32 = 0; iteration < total; iteration++) {
    if (method.beforeEachCall) MPI_Barrier(MPI_COMM_WORLD);
    const start: f64 = MPI_Wtime();
    collective(elements);
    const stop: f64 = MPI_Wtime();
    if (method.afterEachCall) MPI_Barrier(MPI_COMM_WORLD);
    if (iteration >= options.warmup) timer += stop - start;
  }
  return (timer * 1e6) / f64(options.iterations);
}

/**
 * The whole run of a sized collective benchmark after the options and rank
 * checks: preamble, datatype, header, and a row per size.
 * `collective(elements)` makes one call with `elements` MPI_CHARs per block.
 */
export function runCollectiveSweep(benchmark: string, options: OsuOptions, method: CollectiveMethod, collective: (elements: i32) => void): void {
  printPreamble(benchmark);
  printDatatype(DATATYPE_NAME);
  printSizedHeader("Avg Latency(us)", options.full);
  for (let size: i32 = options.minSize; size <= options.maxSize && size > 0; size *= 2) {
    const elements: i32 = size / DATATYPE_BYTES;
    if (elements === 0) continue;
    if (size > LARGE_MESSAGE_SIZE) options.switchToLargeCounts();
    if (method.beforeEachSize) MPI_Barrier(MPI_COMM_WORLD);
    const latency: f64 = timeOneSize(options, method, collective, elements);
    if (method.afterIterations) MPI_Barrier(MPI_COMM_WORLD);
    const statistics = latencyAcrossRanks(latency);
    printSizedRow(size, statistics[0], options.full, statistics[1], statistics[2], options.iterations);
    if (method.afterEachRow) MPI_Barrier(MPI_COMM_WORLD);
  }
}

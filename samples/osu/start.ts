// The common start of every port, in OSU 7.4's order: options parsed, MPI
// initialised, help/version/bad options handled (usage.ts), then the rank
// count checked (exactly two for point to point, at least two for collectives).
import { MPI_COMM_WORLD, MPI_Comm_rank, MPI_Comm_size, MPI_Init } from "toro/mpi";
import { BENCHMARK_COLLECTIVE, OsuOptions, parseOptions } from "./options";
import { finishUnlessRunning, requireAtLeastTwoRanks, requireExactlyTwoRanks } from "./usage";

export function worldRank(): i32 {
  const rank = new Int32Array(1);
  MPI_Comm_rank(MPI_COMM_WORLD, rank);
  return rank[0];
}

export function worldSize(): i32 {
  const size = new Int32Array(1);
  MPI_Comm_size(MPI_COMM_WORLD, size);
  return size[0];
}

/** Returns the options of a benchmark that is to run; ends every rank otherwise. */
export function startBenchmark(program: string, benchmark: string, kind: i32): OsuOptions {
  const options = parseOptions(kind);
  MPI_Init();
  finishUnlessRunning(program, benchmark, kind, options);
  if (kind === BENCHMARK_COLLECTIVE) requireAtLeastTwoRanks(worldSize(), worldRank());
  else requireExactlyTwoRanks(worldSize(), worldRank());
  return options;
}

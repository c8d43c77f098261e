// OSU 7.4 osu_scatter, ported: the latency of MPI_Scatter (blocks of
// MPI_CHAR from root 0) per block size, averaged over the timed iterations and
// over the ranks (min and max too with -f); an untimed barrier follows each
// timed call. Output is OSU's, for its plotting scripts (samples/osu/output.ts).
//
//   torotsc run samples/osu_scatter.ts --cores 16 -- -m 4:4096 -f
// Options: -m [MIN:]MAX (default 1:1048576), -i ITERS, -x WARMUP, -f, -h, -v.
// Rank 0 holds MAX × ranks bytes: full sweeps on many cores need --memory.
import { MPI_CHAR, MPI_COMM_WORLD, MPI_Finalize, MPI_Scatter } from "toro/mpi";
import { CollectiveMethod, runCollectiveSweep } from "./osu/collective_method";
import { BENCHMARK_COLLECTIVE } from "./osu/options";
import { startBenchmark, worldRank, worldSize } from "./osu/start";

const BENCHMARK = "Scatter Latency";
const ROOT: i32 = 0;
const options = startBenchmark("osu_scatter", BENCHMARK, BENCHMARK_COLLECTIVE);
// Only the root's send buffer is read (OSU allocates it everywhere; memory here is per core).
const sendBuffer = new Int8Array(worldRank() === ROOT ? options.maxSize * worldSize() : 0);
const receiveBuffer = new Int8Array(options.maxSize);

function scatterOnce(elements: i32): void {
  MPI_Scatter(sendBuffer, elements, MPI_CHAR, receiveBuffer, elements, MPI_CHAR, ROOT, MPI_COMM_WORLD);
}

// Barriers: before each size, after each call, after each row.
runCollectiveSweep(BENCHMARK, options, new CollectiveMethod(true, false, true, false, true), scatterOnce);
MPI_Finalize();

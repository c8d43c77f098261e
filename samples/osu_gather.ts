// OSU 7.4 osu_gather, ported: the latency of MPI_Gather (blocks of MPI_CHAR
// to root 0) per block size, averaged over the timed iterations and over the
// ranks (min and max too with -f); an untimed barrier follows each timed call.
// Output is OSU's, for its plotting scripts (samples/osu/output.ts).
//
//   torotsc run samples/osu_gather.ts --cores 16 -- -m 4:4096 -f
// Options: -m [MIN:]MAX (default 1:1048576), -i ITERS, -x WARMUP, -f, -h, -v.
// Rank 0 holds MAX × ranks bytes: full sweeps on many cores need --memory.
import { MPI_CHAR, MPI_COMM_WORLD, MPI_Finalize, MPI_Gather } from "toro/mpi";
import { CollectiveMethod, runCollectiveSweep } from "./osu/collective_method";
import { BENCHMARK_COLLECTIVE } from "./osu/options";
import { startBenchmark, worldRank, worldSize } from "./osu/start";

const BENCHMARK = "Gather Latency";
const ROOT: i32 = 0;
const options = startBenchmark("osu_gather", BENCHMARK, BENCHMARK_COLLECTIVE);
const sendBuffer = new Int8Array(options.maxSize);
// Only the root's receive buffer is read (OSU allocates it everywhere; memory here is per core).
const receiveBuffer = new Int8Array(worldRank() === ROOT ? options.maxSize * worldSize() : 0);

function gatherOnce(elements: i32): void {
  MPI_Gather(sendBuffer, elements, MPI_CHAR, receiveBuffer, elements, MPI_CHAR, ROOT, MPI_COMM_WORLD);
}

// Barriers: before each size, after each call, after each row.
runCollectiveSweep(BENCHMARK, options, new CollectiveMethod(true, false, true, false, true), gatherOnce);
MPI_Finalize();

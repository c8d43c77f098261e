// OSU 7.4 osu_allgather, ported: the latency of MPI_Allgather (blocks of
// MPI_CHAR) per block size, averaged over the timed iterations and over the
// ranks (min and max too with -f); an untimed barrier follows each timed call.
// Output is OSU's, for its plotting scripts (samples/osu/output.ts).
//
//   torotsc run samples/osu_allgather.ts --cores 16 -- -m 4:4096 -f
// Options: -m [MIN:]MAX (default 1:1048576), -i ITERS, -x WARMUP, -f, -h, -v.
// Every rank holds MAX × ranks bytes: full sweeps on many cores need --memory.
import { MPI_Allgather, MPI_CHAR, MPI_COMM_WORLD, MPI_Finalize } from "toro/mpi";
import { CollectiveMethod, runCollectiveSweep } from "./osu/collective_method";
import { BENCHMARK_COLLECTIVE } from "./osu/options";
import { startBenchmark, worldSize } from "./osu/start";

const BENCHMARK = "Allgather Latency";
const options = startBenchmark("osu_allgather", BENCHMARK, BENCHMARK_COLLECTIVE);
const sendBuffer = new Int8Array(options.maxSize);
const receiveBuffer = new Int8Array(options.maxSize * worldSize());

function allgatherOnce(elements: i32): void {
  MPI_Allgather(sendBuffer, elements, MPI_CHAR, receiveBuffer, elements, MPI_CHAR, MPI_COMM_WORLD);
}

// Barriers: before each size, after each call, after each size's iterations, after each row.
runCollectiveSweep(BENCHMARK, options, new CollectiveMethod(true, false, true, true, true), allgatherOnce);
MPI_Finalize();

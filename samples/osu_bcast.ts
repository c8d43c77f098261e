// OSU 7.4 osu_bcast, ported: the latency of MPI_Bcast (MPI_CHAR, root 0) per
// message size, averaged over the timed iterations and over the ranks (min
// and max too with -f); an untimed barrier follows each timed call.
// Output is OSU's, for its plotting scripts (samples/osu/output.ts).
//
//   torotsc run samples/osu_bcast.ts --cores 16 -- -m 4:4096 -f
// Options: -m [MIN:]MAX (default 1:1048576), -i ITERS, -x WARMUP, -f, -h, -v.
import { MPI_Bcast, MPI_CHAR, MPI_COMM_WORLD, MPI_Finalize } from "toro/mpi";
import { CollectiveMethod, runCollectiveSweep } from "./osu/collective_method";
import { BENCHMARK_COLLECTIVE } from "./osu/options";
import { startBenchmark } from "./osu/start";

const BENCHMARK = "Broadcast Latency";
const options = startBenchmark("osu_bcast", BENCHMARK, BENCHMARK_COLLECTIVE);
const buffer = new Int8Array(options.maxSize);

function broadcastOnce(elements: i32): void {
  MPI_Bcast(buffer, elements, MPI_CHAR, 0, MPI_COMM_WORLD);
}

// Barriers: after each call and after each size's iterations (none before a size or after a row).
runCollectiveSweep(BENCHMARK, options, new CollectiveMethod(false, false, true, true, false), broadcastOnce);
MPI_Finalize();

// OSU 7.4 osu_allreduce, ported: the latency of MPI_Allreduce (MPI_CHAR,
// MPI_SUM) per message size, averaged over the timed iterations and over the
// ranks (min and max too with -f); an untimed barrier follows each timed call.
// Output is OSU's, for its plotting scripts (samples/osu/output.ts).
//
//   torotsc run samples/osu_allreduce.ts --cores 16 -- -m 4:4096 -f
// Options: -m [MIN:]MAX (default 1:1048576), -i ITERS, -x WARMUP, -f, -h, -v.
// Full sweeps need about 2 MiB per rank: pass --memory on many cores.
import { MPI_Allreduce, MPI_CHAR, MPI_COMM_WORLD, MPI_Finalize, MPI_SUM } from "toro/mpi";
import { CollectiveMethod, runCollectiveSweep } from "./osu/collective_method";
import { BENCHMARK_COLLECTIVE } from "./osu/options";
import { startBenchmark } from "./osu/start";

const BENCHMARK = "Allreduce Latency";
const options = startBenchmark("osu_allreduce", BENCHMARK, BENCHMARK_COLLECTIVE);
const sendBuffer = new Int8Array(options.maxSize);
const receiveBuffer = new Int8Array(options.maxSize);

function allreduceOnce(elements: i32): void {
  MPI_Allreduce(sendBuffer, receiveBuffer, elements, MPI_CHAR, MPI_SUM, MPI_COMM_WORLD);
}

// Barriers: before each size, after each call, after each row.
runCollectiveSweep(BENCHMARK, options, new CollectiveMethod(true, false, true, false, true), allreduceOnce);
MPI_Finalize();

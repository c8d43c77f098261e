// OSU 7.4 osu_barrier, ported: the latency of MPI_Barrier, averaged over the
// timed iterations and over the ranks (min and max too with -f), printed as
// OSU's single unsized row. -m is accepted and ignored, as in OSU.
//
//   torotsc run samples/osu_barrier.ts --cores 16 -- -i 10000 -f
// Options: -i ITERS (default 1000), -x WARMUP (default 100), -f, -h, -v.
import { MPI_Barrier, MPI_COMM_WORLD, MPI_Finalize, MPI_Wtime } from "toro/mpi";
import { latencyAcrossRanks } from "./osu/collective_method";
import { BENCHMARK_COLLECTIVE } from "./osu/options";
import { printPreamble, printUnsizedHeader, printUnsizedRow } from "./osu/output";
import { startBenchmark } from "./osu/start";

const BENCHMARK = "Barrier Latency";
const options = startBenchmark("osu_barrier", BENCHMARK, BENCHMARK_COLLECTIVE);
printPreamble(BENCHMARK);
printUnsizedHeader(options.full);

// Each barrier is timed on its own; the warm-up ones are not counted.
let timer: f64 = 0;
for (let iteration: i32 = 0; iteration < options.iterations + options.warmup; iteration++) {
  const start: f64 = MPI_Wtime();
  MPI_Barrier(MPI_COMM_WORLD);
  const stop: f64 = MPI_Wtime();
  if (iteration >= options.warmup) timer += stop - start;
}
MPI_Barrier(MPI_COMM_WORLD);
const statistics = latencyAcrossRanks((timer * 1e6) / f64(options.iterations));
printUnsizedRow(statistics[0], options.full, statistics[1], statistics[2], options.iterations);
MPI_Finalize();

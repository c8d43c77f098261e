// OSU 7.4 osu_latency, ported: point-to-point latency between two ranks by
// ping-pong (rank 0 sends, rank 1 answers with the same size, blocking
// MPI_Send/MPI_Recv of MPI_CHAR); each round trip is timed on rank 0 and
// latency = total time × 1e6 / (2 × iterations), in µs. Sizes double from
// MIN (default 0) to MAX (default 4 MiB); as in OSU 7.4, a size of 0 holds no
// element and is skipped. Output is OSU's (samples/osu/output.ts).
//
//   torotsc run samples/osu_latency.ts --cores 2 -- -m 0:4096
// Options: -m [MIN:]MAX, -i ITERS (default 10000, 1000 above 8 KiB),
// -x WARMUP (default 100, 10 above 8 KiB), -h, -v. Needs exactly 2 ranks.
import { MPI_Barrier, MPI_CHAR, MPI_COMM_WORLD, MPI_Finalize, MPI_Recv, MPI_STATUS_IGNORE, MPI_Send, MPI_Wtime } from "toro/mpi";
import { DATATYPE_BYTES, DATATYPE_NAME } from "./osu/collective_method";
import { BENCHMARK_LATENCY, LARGE_MESSAGE_SIZE, OsuOptions } from "./osu/options";
import { printDatatype, printPreamble, printSizedHeader, printSizedRow } from "./osu/output";
import { startBenchmark, worldRank } from "./osu/start";

const BENCHMARK = "Latency";
const TAG: i32 = 1;
const options = startBenchmark("osu_latency", BENCHMARK, BENCHMARK_LATENCY);
const rank: i32 = worldRank();
const sendBuffer = new Int8Array(options.maxSize);
const receiveBuffer = new Int8Array(options.maxSize);

/** Rank 0's summed round-trip time over the timed iterations, in seconds (0 on rank 1). */
function pingPong(settings: OsuOptions, elements: i32): f64 {
  let total: f64 = 0;
  for (let iteration: i32 = 0; iteration < settings.iterations + settings.warmup; iteration++) {
    if (rank === 0) {
      const start: f64 = MPI_Wtime();
      MPI_Send(sendBuffer, elements, MPI_CHAR, 1, TAG, MPI_COMM_WORLD);
      MPI_Recv(receiveBuffer, elements, MPI_CHAR, 1, TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      const stop: f64 = MPI_Wtime();
      if (iteration >= settings.warmup) total += stop - start;
    } else {
      MPI_Recv(receiveBuffer, elements, MPI_CHAR, 0, TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      MPI_Send(sendBuffer, elements, MPI_CHAR, 0, TAG, MPI_COMM_WORLD);
    }
  }
  return total;
}

printPreamble(BENCHMARK);
printDatatype(DATATYPE_NAME);
printSizedHeader("Avg Latency(us)", false);
// The sweep steps from 0 to 1, then doubles.
for (let size: i32 = options.minSize; size <= options.maxSize && size >= 0; size = size === 0 ? 1 : size * 2) {
  const elements: i32 = size / DATATYPE_BYTES;
  if (elements === 0) continue;
  if (size > LARGE_MESSAGE_SIZE) options.switchToLargeCounts();
  MPI_Barrier(MPI_COMM_WORLD);
  const total: f64 = pingPong(options, elements);
  printSizedRow(size, (total * 1e6) / (2 * f64(options.iterations)), false, 0, 0, 0);
}
MPI_Finalize();

// OSU 7.4 osu_bw, ported: point-to-point bandwidth from rank 0 to rank 1.
// Per iteration rank 0 posts a window of 64 MPI_Isend of one size (MPI_CHAR,
// one buffer), waits for them all, then waits for rank 1's 1-byte
// acknowledgement, sent once its 64 MPI_Irecv have completed. Rank 0 times
// each iteration; MB/s = size / 1e6 × iterations × 64 / total time.
// Sizes double from MIN (default 1) to MAX (default 4 MiB).
// Output is OSU's (samples/osu/output.ts).
//
//   torotsc run samples/osu_bw.ts --cores 2 -- -m 1:65536
// Options: -m [MIN:]MAX, -i ITERS (default 100, 20 above 8 KiB),
// -x WARMUP (default 10, 2 above 8 KiB), -h, -v. Needs exactly 2 ranks.
import {
  MPI_Barrier,
  MPI_CHAR,
  MPI_COMM_WORLD,
  MPI_Finalize,
  MPI_Irecv,
  MPI_Isend,
  MPI_Recv,
  MPI_STATUSES_IGNORE,
  MPI_STATUS_IGNORE,
  MPI_Send,
  MPI_Waitall,
  MPI_Wtime,
} from "toro/mpi";
import { DATATYPE_BYTES, DATATYPE_NAME } from "./osu/collective_method";
import { BENCHMARK_BANDWIDTH, LARGE_MESSAGE_SIZE, OsuOptions } from "./osu/options";
import { printDatatype, printPreamble, printSizedHeader, printSizedRow } from "./osu/output";
import { startBenchmark, worldRank } from "./osu/start";

const BENCHMARK = "Bandwidth";
const WINDOW: i32 = 64;
const DATA_TAG: i32 = 100;
const ACK_TAG: i32 = 101;
const options = startBenchmark("osu_bw", BENCHMARK, BENCHMARK_BANDWIDTH);
const rank: i32 = worldRank();
// At least one byte: the acknowledgement travels in these buffers too.
const sendBuffer = new Int8Array(options.maxSize > 1 ? options.maxSize : 1);
const receiveBuffer = new Int8Array(options.maxSize > 1 ? options.maxSize : 1);
const requests = new Int32Array(WINDOW);

/** Rank 0's summed time of the timed windows, in seconds (0 on rank 1). */
function streamWindows(settings: OsuOptions, elements: i32): f64 {
  let total: f64 = 0;
  for (let iteration: i32 = 0; iteration < settings.iterations + settings.warmup; iteration++) {
    if (rank === 0) {
      const start: f64 = MPI_Wtime();
      for (let slot: i32 = 0; slot < WINDOW; slot++) {
        MPI_Isend(sendBuffer, elements, MPI_CHAR, 1, DATA_TAG, MPI_COMM_WORLD, requests.subarray(slot));
      }
      MPI_Waitall(WINDOW, requests, MPI_STATUSES_IGNORE);
      MPI_Recv(receiveBuffer, 1, MPI_CHAR, 1, ACK_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      const stop: f64 = MPI_Wtime();
      if (iteration >= settings.warmup) total += stop - start;
    } else {
      for (let slot: i32 = 0; slot < WINDOW; slot++) {
        MPI_Irecv(receiveBuffer, elements, MPI_CHAR, 0, DATA_TAG, MPI_COMM_WORLD, requests.subarray(slot));
      }
      MPI_Waitall(WINDOW, requests, MPI_STATUSES_IGNORE);
      MPI_Send(sendBuffer, 1, MPI_CHAR, 0, ACK_TAG, MPI_COMM_WORLD);
    }
  }
  return total;
}

printPreamble(BENCHMARK);
printDatatype(DATATYPE_NAME);
printSizedHeader("Bandwidth (MB/s)", false);
for (let size: i32 = options.minSize; size <= options.maxSize && size > 0; size *= 2) {
  const elements: i32 = size / DATATYPE_BYTES;
  if (elements === 0) continue;
  if (size > LARGE_MESSAGE_SIZE) options.switchToLargeCounts();
  MPI_Barrier(MPI_COMM_WORLD);
  const total: f64 = streamWindows(options, elements);
  const megabytes: f64 = (f64(size) / 1e6) * f64(options.iterations) * f64(WINDOW);
  printSizedRow(size, megabytes / total, false, 0, 0, 0);
}
MPI_Finalize();

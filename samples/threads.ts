// Cooperative threads: spawn, SysThreadSwitch (yield), sleep and join.
//   torotsc run samples/threads.ts              (one core)
//   torotsc run samples/threads.ts --cores 2    (workers spread over the cores)
// Every core runs this file; core 0 does the work. A thread runs until it
// yields, sleeps, joins or returns; threads of one core take turns in the
// order they became ready. A function value carries no data, so each worker
// gets its number through spawn's i64 argument.
import { SysThreadSwitch, cores, currentThread, join, rank, sleep, spawn } from "toro/kernel";

const WORKERS: i32 = 4;

function worker(number: i64): void {
  console.log(`worker ${number} (thread ${currentThread()}) starts on core ${rank()}`);
  SysThreadSwitch();
  sleep(f64(10 * number));
  console.log(`worker ${number} woke after ${10 * number} ms on core ${rank()}`);
}

if (rank() === 0) {
  const threads = new Int32Array(WORKERS);
  for (let index: i32 = 0; index < WORKERS; index++) {
    threads[index] = spawn(worker, i64(index + 1), index % cores());
  }
  for (const thread of threads) {
    join(thread);
  }
  console.log(`all ${WORKERS} workers joined`);
}

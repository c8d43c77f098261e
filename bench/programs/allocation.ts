// Allocation benchmark (bench/allocation_benchmark.ts): how many
// `new Uint8Array(n)` per second one core's allocator gives (each allocation
// is a 16-byte header and n zeroed elements in one block, collected when
// dropped), for n = 16, 256 and 4096. Each size runs 0.05 s to warm up, then
// whole batches for at least 0.3 s timed with now(); every core that runs the
// program prints, per size,
//   bench alloc bytes=<n> count=<allocations> seconds=<f64> checksum=<i32>
// (the checksum keeps the optimiser from dropping the arrays).
import { now } from "toro/kernel";

const WARM_UP_SECONDS: f64 = 0.05;
const MEASURE_SECONDS: f64 = 0.3;
const BATCH: i32 = 256;

/** Allocates batches of `bytes`-element arrays until `seconds` have passed; returns the count. */
function allocateFor(bytes: i32, seconds: f64, checksum: Int32Array): i64 {
  const start: f64 = now();
  let count: i64 = 0;
  while (now() - start < seconds) {
    for (let i: i32 = 0; i < BATCH; i++) {
      const array = new Uint8Array(bytes);
      array[i & (bytes - 1)] = u8(i);
      checksum[0] = i32(checksum[0] + i32(array[(i + 1) & (bytes - 1)]) + array.length);
    }
    count += i64(BATCH);
  }
  return count;
}

const sizes = new Int32Array(3);
sizes[0] = 16;
sizes[1] = 256;
sizes[2] = 4096;
const checksum = new Int32Array(1);
for (const bytes of sizes) {
  allocateFor(bytes, WARM_UP_SECONDS, checksum);
  const start: f64 = now();
  const count: i64 = allocateFor(bytes, MEASURE_SECONDS, checksum);
  const seconds: f64 = now() - start;
  console.log(`bench alloc bytes=${bytes} count=${count} seconds=${seconds} checksum=${checksum[0]}`);
}

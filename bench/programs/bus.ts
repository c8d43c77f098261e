// Bus benchmark (bench/bus_benchmark.ts): messages between core 0 and core 1
// over toro/virtio, measured as the OSU micro-benchmarks measure MPI.
//
// Latency (osu_latency): per size, LATENCY_WARM_UP round trips, then
// LATENCY_ITERATIONS timed ones: core 0 sends, core 1 receives and sends the
// same size back, core 0 receives. One-way latency = seconds / (2 x round
// trips).
// Bandwidth (osu_bw): per size, core 0 sends WINDOW messages back to back,
// then waits for core 1's 1-byte acknowledgement; BANDWIDTH_WARM_UP windows,
// then bandwidthIterations(size) timed ones.
// MB/s = bytes x WINDOW x iterations / seconds / 10^6.
//
// Every send is sendTo, as a program would write it. Two consequences the
// figures carry (bus.ts): a message of up to 8 KiB is copied into the
// queue's slots and sendTo returns at once, but the queue holds 128 slots of
// 256 bytes, so a window of 64 such messages fits only up to 512 bytes and
// the sender otherwise waits for room; a longer message is lent, and sendTo
// returns only once core 1 has copied it out, so above 8 KiB the "window"
// is one message at a time (a rendezvous, one copy in all).
//
// Core 0 times with now() and prints, per size,
//   bench latency bytes=<n> iterations=<count> seconds=<f64>
//   bench bandwidth bytes=<n> window=<messages> iterations=<count> seconds=<f64>
// Core 1 prints nothing unless a message goes wrong; other cores idle.
// Every received length is checked: a wrong one ends the run with status 1.
import { exit, now, rank } from "toro/kernel";
import { recvFrom, sendTo } from "toro/virtio";

const WINDOW: i32 = 64;
const LARGEST: i32 = 4194304;
/** Round trips per size before the timed ones. */
const LATENCY_WARM_UP: i32 = 1000;
/** Timed round trips per size (osu_latency's count for sizes up to 8 KiB, all of these). */
const LATENCY_ITERATIONS: i32 = 10000;
/** Windows per size before the timed ones. */
const BANDWIDTH_WARM_UP: i32 = 5;

const me: i32 = rank();
const buffer = new Uint8Array(LARGEST);
const acknowledgement = new Uint8Array(1);
for (let index: i32 = 0; index < LARGEST; index++) {
  buffer[index] = u8(index & 0xff);
}

function fail(problem: string): void {
  console.log(`bus benchmark, core ${me}: ${problem}`);
  exit(1);
}

function send(to: i32, data: Uint8Array, length: i32): void {
  const result: i32 = sendTo(to, data, length);
  if (result !== 0) {
    fail(`sendTo(${to}, ${length} bytes) returned ${result}`);
  }
}

function receive(from: i32, data: Uint8Array, expected: i32): void {
  const length: i32 = recvFrom(from, data);
  if (length !== expected) {
    fail(`recvFrom(${from}) returned ${length}, expected ${expected} bytes`);
  }
}

/** `count` round trips of `bytes`, core 0 starting them. */
function pingPong(bytes: i32, count: i32): void {
  for (let index: i32 = 0; index < count; index++) {
    if (me === 0) {
      send(1, buffer, bytes);
      receive(1, buffer, bytes);
    } else {
      receive(0, buffer, bytes);
      send(0, buffer, bytes);
    }
  }
}

/** `count` windows of WINDOW messages of `bytes`, each answered by one acknowledgement. */
function stream(bytes: i32, count: i32): void {
  for (let index: i32 = 0; index < count; index++) {
    if (me === 0) {
      for (let message: i32 = 0; message < WINDOW; message++) {
        send(1, buffer, bytes);
      }
      receive(1, acknowledgement, 1);
    } else {
      for (let message: i32 = 0; message < WINDOW; message++) {
        receive(0, buffer, bytes);
      }
      send(0, acknowledgement, 1);
    }
  }
}


/** Timed windows: fewer for big sizes, so that each size moves at most about 2.7 GB. */
function bandwidthIterations(bytes: i32): i32 {
  if (bytes <= 16384) {
    return 200;
  }
  if (bytes <= 262144) {
    return 100;
  }
  return 10;
}

function measureLatency(bytes: i32): void {
  pingPong(bytes, LATENCY_WARM_UP);
  const start: f64 = now();
  pingPong(bytes, LATENCY_ITERATIONS);
  const seconds: f64 = now() - start;
  if (me === 0) {
    console.log(`bench latency bytes=${bytes} iterations=${LATENCY_ITERATIONS} seconds=${seconds}`);
  }
}

function measureBandwidth(bytes: i32): void {
  stream(bytes, BANDWIDTH_WARM_UP);
  const iterations: i32 = bandwidthIterations(bytes);
  const start: f64 = now();
  stream(bytes, iterations);
  const seconds: f64 = now() - start;
  if (me === 0) {
    console.log(`bench bandwidth bytes=${bytes} window=${WINDOW} iterations=${iterations} seconds=${seconds}`);
  }
}

if (me <= 1) {
  const latencySizes = new Int32Array(6);
  latencySizes[0] = 0;
  latencySizes[1] = 8;
  latencySizes[2] = 64;
  latencySizes[3] = 256;
  latencySizes[4] = 1024;
  latencySizes[5] = 8192;
  for (const bytes of latencySizes) {
    measureLatency(bytes);
  }
  const bandwidthSizes = new Int32Array(7);
  for (let index: i32 = 0; index < 7; index++) {
    bandwidthSizes[index] = i32(1024) << (2 * index);
  }
  for (const bytes of bandwidthSizes) {
    measureBandwidth(bytes);
  }
}

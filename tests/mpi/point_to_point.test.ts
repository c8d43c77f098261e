// MPI point-to-point booted (tests/fixtures/mpi/point_to_point.ts, 4 ranks):
// the host computes every line the program must print: which messages
// arrive in which order per (source, tag), the status fields after
// MPI_ANY_SOURCE / MPI_ANY_TAG receives, MPI_Get_count (MPI_UNDEFINED when
// the bytes are not a whole number of the datatype), non-blocking
// completion (Waitall, Test loops, MPI_REQUEST_NULL afterwards), Sendrecv,
// Probe/Iprobe, MPI_PROC_NULL, floods past the bus queues' 128 messages,
// messages to oneself, MPI_TAG_UB, a wildcard receive that collectives
// must not take, and the digest of every receive buffer
// (payload, then the garbage tail the message must not touch) for messages
// of 0, 1, 4096, 4097, 8 KiB, 64 KiB and 1 MiB bytes (eager up to 4096,
// rendezvous above). Lines of different ranks interleave, so the comparison
// is of sorted lines.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, bootPrograms, lines } from "../support/booted_programs";
import { datatypeBytes } from "./matrix_cases";
import { KIND_FLOAT64, KIND_INT32, KIND_UINT8, STYLE_FULL, fnv1a, hex32, mix, preparedBytes } from "./matrix_values";

const SIZE = 4;
const UNDEFINED = -32766;
const ORDER_MESSAGES = 30;
const ORDER_STREAM = 7;
const MESSAGE_SIZES = [0, 1, 4096, 4097, 8192, 65536, 1048576];
const FLOOD = 300;
const FLOOD_STREAM = 8;

let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

test.before(() => {
  ({ runs, cleanUp } = bootPrograms("tests/fixtures/mpi", [{ name: "point_to_point", cores: SIZE, memory: "256M", timeoutSeconds: 600 }]));
});

test.after(() => cleanUp());

function payload(kind: number, length: number, source: number, message: number): Uint8Array {
  return preparedBytes(kind, length, source, message, STYLE_FULL, 0, length);
}

/** Digest of a receive buffer of garbage (receiver, bufferMessage) whose start a message overwrote. */
function receivedDigest(kind: number, length: number, receiver: number, bufferMessage: number, arrived: Uint8Array): string {
  const buffer = preparedBytes(kind, length, receiver, bufferMessage, STYLE_FULL, 0, 0);
  buffer.set(arrived, 0);
  return hex32(fnv1a(buffer));
}

function status(source: number, tag: number, bytes: number): string {
  return `source ${source} tag ${tag} error 0 bytes ${bytes}`;
}

function orderTag(source: number, k: number): number {
  return 7 + (mix(source, k, 0, ORDER_STREAM) % 3);
}

function orderLines(): string[] {
  const result: string[] = [];
  for (let source = SIZE - 1; source >= 1; source--) {
    for (let tag = 9; tag >= 7; tag--) {
      const sequence: number[] = [];
      const body: number[] = [];
      for (let k = 0; k < ORDER_MESSAGES; k++) {
        if (orderTag(source, k) !== tag) continue;
        sequence.push(k);
        body.push(k, tag, source, mix(source, k, tag, ORDER_STREAM));
      }
      result.push(`order from ${source} tag ${tag}: ${sequence.join(",")} digest ${hex32(fnv1a(words(body)))}`);
    }
  }
  return [...result, "order: anything left 0"];
}

function anySourceLines(): string[] {
  const result: string[] = [];
  for (let source = 1; source < SIZE; source++) {
    const bytes = 4 * (source + 1);
    const digest = receivedDigest(KIND_INT32, 64, 0, 200, payload(KIND_INT32, source + 1, source, 200 + source));
    const doubles = bytes % 8 === 0 ? bytes / 8 : UNDEFINED;
    result.push(`any source: source ${source} tag ${100 + source} error 0 bytes ${bytes} ints ${source + 1} doubles ${doubles} digest ${digest}`);
  }
  return result;
}

function nonBlockingLines(): string[] {
  const single = new Uint8Array(new Float64Array([1234.5]).buffer);
  const digests = [
    receivedDigest(KIND_FLOAT64, 2, 1, 300, single),
    receivedDigest(KIND_UINT8, 8192 + 8, 1, 301, payload(KIND_UINT8, 8192, 0, 311)),
    receivedDigest(KIND_INT32, 16384 + 2, 1, 302, payload(KIND_INT32, 16384, 0, 312)),
    receivedDigest(KIND_FLOAT64, 131072 + 1, 1, 303, payload(KIND_FLOAT64, 131072, 0, 313)),
  ];
  const large = receivedDigest(KIND_UINT8, 65541, 1, 331, payload(KIND_UINT8, 65536, 0, 321));
  const little = receivedDigest(KIND_UINT8, 105, 1, 332, payload(KIND_UINT8, 100, 0, 322));
  return [
    `test until done (result/request): 0/0 0/0 0/0 0/0; wait on MPI_REQUEST_NULL: result 0 ${status(-2, -1, 0)}`,
    "waitall: result 0, requests now 0 0 0 0",
    ...[8, 8192, 65536, 1048576].map((bytes, index) => `waitall ${index}: ${status(0, 5 + index, bytes)}`),
    `waitall digests: ${digests.join(" ")}`,
    `unexpected receives: [${status(0, 10, 100)}] [${status(0, 9, 65536)}] digests ${large} ${little}`,
    "unexpected sends: waitall 0, requests now 0 0",
  ];
}

function sendrecvLines(): string[] {
  const result: string[] = [];
  for (let rank = 0; rank < SIZE; rank++) {
    const previous = (rank + SIZE - 1) % SIZE;
    const ring = receivedDigest(KIND_INT32, 200, rank, 401, payload(KIND_INT32, 100 + previous, previous, 400));
    result.push(`sendrecv ring at ${rank}: result 0 ${status(previous, 20, 4 * (100 + previous))} digest ${ring}`);
    const self = receivedDigest(KIND_UINT8, 65536, rank, 403, payload(KIND_UINT8, 65536, rank, 402));
    result.push(`sendrecv self at ${rank}: result 0 ${status(rank, 21, 65536)} digest ${self}`);
  }
  return result;
}

function sizeLines(): string[] {
  const result: string[] = [];
  MESSAGE_SIZES.forEach((bytes, which) => {
    const ints = Math.floor(bytes / 4);
    const forward = receivedDigest(KIND_UINT8, bytes + 16, 1, 610 + which, payload(KIND_UINT8, bytes, 0, 600 + which));
    result.push(`size ${bytes}: ${status(0, 60, bytes)} digest ${forward}`);
    const answer = receivedDigest(KIND_INT32, ints + 3, 0, 620 + which, payload(KIND_INT32, ints, 1, 630 + which));
    result.push(`size ${bytes} answer: ${status(1, 61, ints * 4)} ints ${ints} digest ${answer}`);
  });
  return result;
}

function words(values: number[]): Uint8Array {
  return new Uint8Array(new Uint32Array(values).buffer);
}

function floodLines(): string[] {
  const fromOne = [4, 3, 2, 1, 0].map((tag) => {
    const values: number[] = [];
    for (let k = tag; k < FLOOD; k += 5) values.push(mix(1, k, 0, FLOOD_STREAM));
    return `flood from 1 tag ${tag}: ${values.length} messages digest ${hex32(fnv1a(words(values)))}`;
  });
  const fromTwo = Array.from({ length: FLOOD }, (_, k) => mix(2, k, 0, FLOOD_STREAM));
  return ["flood isends: waitall 0", "flood sends: worst result 0", ...fromOne, `flood from 2: ${FLOOD} messages digest ${hex32(fnv1a(words(fromTwo)))}`];
}

function expectedLines(): string[] {
  const typeSizes = Array.from({ length: 22 }, (_, index) => datatypeBytes(index + 1)).join(" ");
  const probe = receivedDigest(KIND_UINT8, 1007, 0, 501, payload(KIND_UINT8, 1007, 2, 500));
  const exchanges = Array.from({ length: SIZE }, (_, rank) => {
    const digest = receivedDigest(KIND_UINT8, 1048576, rank, 701, payload(KIND_UINT8, 1048576, rank ^ 1, 700));
    return `exchange at ${rank}: result 0 ${status(rank ^ 1, 70, 1048576)} digest ${digest}`;
  });
  return [
    `environment: initialized 0 then 1, size ${SIZE}, type sizes ${typeSizes}`,
    "environment: MPI_Wtime increases true, MPI_Wtick positive true",
    ...orderLines(),
    ...anySourceLines(),
    "any tag from 1: tag 5 value 51, then tag 3 value 31",
    "any source tag 41: source 3 value 403; tag 40: source 2 value 402",
    ...nonBlockingLines(),
    ...sendrecvLines(),
    `iprobe: ${status(2, 42, 1007)}; tag 43 pending 0; probe: ${status(2, 42, 1007)}; received 1007 bytes digest ${probe}`,
    `probe rendezvous: ${status(3, 45, 10000)}; received 10000 bytes digest ${receivedDigest(KIND_UINT8, 10000, 0, 503, payload(KIND_UINT8, 10000, 3, 502))}`,
    ...floodLines(),
    `self eager: send 0 ${status(0, 50, 100)} digest ${receivedDigest(KIND_UINT8, 100, 0, 801, payload(KIND_UINT8, 100, 0, 800))}`,
    `self rendezvous: wait 0 ${status(0, 51, 65536)} digest ${receivedDigest(KIND_UINT8, 65536, 0, 803, payload(KIND_UINT8, 65536, 0, 802))}`,
    `largest tag: ${status(1, 2147483647, 4)} value 99`,
    `wildcard across collectives: ${status(2, 5, 4)} value 77, bcast 5, allreduce ${(SIZE * (SIZE + 1)) / 2}`,
    `proc null: send 0 recv 0 ${status(-1, -1, 0)} buffer kept true`,
    ...sizeLines(),
    ...exchanges,
    ...Array.from({ length: SIZE }, (_, rank) => `finalized at ${rank}: 1`),
  ];
}

test("point-to-point at 4 ranks: ordering, wildcards, statuses, non-blocking, sendrecv, probe, floods, 0 B to 1 MiB", async () => {
  const run = await runs.get("point_to_point")!;
  assert.is(run.status, 0, run.stdout);
  assert.equal(lines(run).sort(), expectedLines().sort());
});

test("the ordering check is not vacuous: every source uses all three tags, interleaved", () => {
  for (let source = 1; source < SIZE; source++) {
    const tags = Array.from({ length: ORDER_MESSAGES }, (_, k) => orderTag(source, k));
    assert.equal([...new Set(tags)].sort(), [7, 8, 9], `source ${source}`);
    assert.ok(tags.some((tag, k) => k > 0 && tag < tags[k - 1]), `source ${source}: tags never go back`);
  }
});

test.run();

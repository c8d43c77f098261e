// MPI misuse booted: with MPI_ERRORS_RETURN every mistake returns the error
// class the MPI standard names (tests/fixtures/mpi/errors_return.ts, 3
// ranks: bad rank, root, tag, datatype for the buffer, count, operation,
// communicator, request; truncation, eager and rendezvous, blocking and
// not; MPI_Waitall's MPI_ERR_IN_STATUS) and the library keeps working
// afterwards; with the default MPI_ERRORS_ARE_FATAL the run ends with exit
// status 3 and one line naming the call, the rank and the class
// (tests/fixtures/mpi/fatal.ts), also when a receive waits for a rank that
// ended without MPI_Finalize, or a send goes to one; MPI_Abort ends it with
// the given code.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, bootPrograms, lines } from "../support/booted_programs";

const SUCCESS = 0;
const ERR_COUNT = 2;
const ERR_TYPE = 3;
const ERR_TAG = 4;
const ERR_COMM = 5;
const ERR_RANK = 6;
const ERR_REQUEST = 7;
const ERR_ROOT = 8;
const ERR_OP = 10;
const ERR_TRUNCATE = 15;
const ERR_OTHER = 16;
const ERR_IN_STATUS = 18;
const FATAL_STATUS = 3;
const SIZE = 3;

let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

test.before(() => {
  ({ runs, cleanUp } = bootPrograms("tests/fixtures/mpi", [
    { name: "errors_return", cores: SIZE, timeoutSeconds: 300 },
    { name: "fatal_send_rank", source: "fatal", cores: 2, timeoutSeconds: 300, programArgs: ["send-rank"] },
    { name: "fatal_allreduce_op", source: "fatal", cores: 3, timeoutSeconds: 300, programArgs: ["allreduce-op"] },
    { name: "fatal_recv_truncate", source: "fatal", cores: 3, timeoutSeconds: 300, programArgs: ["recv-truncate"] },
    { name: "abort", source: "fatal", cores: 3, timeoutSeconds: 300, programArgs: ["abort"] },
    // Short: a hang here is the failure, and it should not hold the suite for long.
    { name: "peer_ended", source: "fatal", cores: 2, timeoutSeconds: 30, programArgs: ["peer-ended"] },
    { name: "send_ended", source: "fatal", cores: 2, timeoutSeconds: 30, programArgs: ["send-ended"] },
    { name: "barrier_ended", source: "fatal", cores: 2, timeoutSeconds: 30, programArgs: ["barrier-ended"] },
  ]));
});

test.after(() => cleanUp());

const POINT_TO_POINT: Array<[string, number]> = [
  ["send to rank size", ERR_RANK],
  ["send to rank -5", ERR_RANK],
  ["recv from rank 7", ERR_RANK],
  ["isend to rank size", ERR_RANK],
  ["probe rank -3", ERR_RANK],
  ["send tag -3", ERR_TAG],
  ["recv tag -3", ERR_TAG],
  ["iprobe tag -5", ERR_TAG],
  ["send MPI_DOUBLE from an Int32Array", ERR_TYPE],
  ["send MPI_FLOAT from a Float64Array", ERR_TYPE],
  ["send MPI_CHAR from an Int16Array", ERR_TYPE],
  ["send datatype 99", ERR_TYPE],
  ["recv MPI_INT into a Float64Array", ERR_TYPE],
  ["send 11 ints from 10", ERR_COUNT],
  ["send 41 MPI_BYTE from 40 bytes", ERR_COUNT],
  ["send count -1", ERR_COUNT],
  ["recv 11 doubles into 10", ERR_COUNT],
  ["send on communicator 99", ERR_COMM],
  ["wait on request 12345", ERR_REQUEST],
  ["type size of 99", ERR_TYPE],
  ["class of MPI_ERR_TRUNCATE", ERR_TRUNCATE],
];

const COLLECTIVE: Array<[string, number]> = [
  ["bcast root size", ERR_ROOT],
  ["reduce root -1", ERR_ROOT],
  ["allreduce MPI_BAND on MPI_DOUBLE", ERR_OP],
  ["allreduce MPI_SUM on MPI_BYTE", ERR_OP],
  ["allreduce MPI_LAND on MPI_FLOAT", ERR_OP],
  ["allreduce op 99", ERR_OP],
  ["reduce op 0", ERR_OP],
  ["bcast count -1", ERR_COUNT],
  ["bcast 9 ints from 8", ERR_COUNT],
  ["bcast MPI_DOUBLE from an Int32Array", ERR_TYPE],
  ["alltoall 3 ints per rank into 8", ERR_COUNT],
  ["bcast on communicator 99", ERR_COMM],
  [`allreduce MPI_MAX afterwards gives ${SIZE}`, SUCCESS],
];

function expectedReturns(): string[] {
  const collective: string[] = [];
  for (let rank = 0; rank < SIZE; rank++) collective.push(...COLLECTIVE.map(([what, code]) => `rank ${rank}: ${what}: ${code}`));
  return [
    ...POINT_TO_POINT.map(([what, code]) => `${what}: ${code}`),
    "string of MPI_ERR_RANK starts with its name: true",
    ...collective,
    `eager truncation: ${ERR_TRUNCATE}, status error ${ERR_TRUNCATE} source 1 tag 9, buffer 100 101 102 103 104 -7`,
    `rank 1: rendezvous send that truncates: ${SUCCESS}`,
    `rendezvous truncation: ${ERR_TRUNCATE}, status error ${ERR_TRUNCATE}, what fits arrived true, rest untouched true`,
    `irecv truncation, at wait: ${ERR_TRUNCATE}`,
    `waitall with one truncation: ${ERR_IN_STATUS}, status errors ${ERR_TRUNCATE} ${SUCCESS}`,
    `ordinary message afterwards: ${SUCCESS}, value 1234`,
  ];
}

test("MPI_ERRORS_RETURN: each misuse returns its error class, and MPI works on afterwards", async () => {
  const run = await runs.get("errors_return")!;
  assert.is(run.status, 0, run.stdout);
  // Lines of different ranks interleave; each line is unique, so sorted lists compare the sets.
  assert.equal(lines(run).sort(), expectedReturns().sort());
});

async function assertFatal(name: string, call: string, rank: string, errorClass: string): Promise<void> {
  const run = await runs.get(name)!;
  assert.is(run.status, FATAL_STATUS, run.stdout);
  const output = lines(run);
  const fatal = output.filter((line) => line.startsWith("Fatal error"));
  assert.is(fatal.length, 1, run.stdout);
  assert.match(fatal[0], new RegExp(`^Fatal error in ${call} on rank ${rank}: ${errorClass}: \\S`));
  assert.equal(output.filter((line) => line.includes("unreachable")), [], run.stdout);
}

test("fatal handler: MPI_Send to rank 5 of 2 ends the run with status 3 and names the call, rank and class", async () => {
  await assertFatal("fatal_send_rank", "MPI_Send", "1", "MPI_ERR_RANK");
});

test("fatal handler: MPI_Allreduce with MPI_BAND on MPI_DOUBLE on every rank: one line, status 3", async () => {
  await assertFatal("fatal_allreduce_op", "MPI_Allreduce", "[0-2]", "MPI_ERR_OP");
});

test("fatal handler: MPI_Recv of 5 ints for a 10-int message: MPI_ERR_TRUNCATE, status 3", async () => {
  await assertFatal("fatal_recv_truncate", "MPI_Recv", "0", "MPI_ERR_TRUNCATE");
});

test("MPI_Abort(MPI_COMM_WORLD, 7) on one rank ends every rank with exit status 7", async () => {
  const run = await runs.get("abort")!;
  assert.is(run.status, 7, run.stdout);
  assert.ok(lines(run).includes("rank 1 calls MPI_Abort"), run.stdout);
  assert.equal(lines(run).filter((line) => line.includes("unreachable")), [], run.stdout);
});

test("a receive from a rank that ended without MPI_Finalize is MPI_ERR_OTHER, not a hang", async () => {
  const run = await runs.get("peer_ended")!;
  assert.ok(lines(run).includes("mpi: rank 1 ended without calling MPI_Finalize"), run.stdout);
  await assertFatal("peer_ended", "MPI_Recv", "0", "MPI_ERR_OTHER");
});

test("a send to a rank that ended is MPI_ERR_OTHER, eager or rendezvous, returned or fatal", async () => {
  const run = await runs.get("send_ended")!;
  assert.ok(lines(run).includes(`rank 0: recv ${ERR_OTHER}, eager send ${ERR_OTHER}, rendezvous send ${ERR_OTHER}`), run.stdout);
  await assertFatal("send_ended", "MPI_Send", "0", "MPI_ERR_OTHER");
  assert.match(run.stdout, /Fatal error in MPI_Send on rank 0: MPI_ERR_OTHER: rank 1 ended before receiving the message/);
});

test("a barrier with a rank that ended is fatal: MPI_ERR_OTHER naming the rank", async () => {
  await assertFatal("barrier_ended", "MPI_Barrier", "0", "MPI_ERR_OTHER");
  const run = await runs.get("barrier_ended")!;
  assert.match(run.stdout, /Fatal error in MPI_Barrier on rank 0: MPI_ERR_OTHER: rank 1 ended \(or finalized\) before taking part/);
});

test.run();

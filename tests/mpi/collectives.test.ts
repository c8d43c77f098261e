// The MPI collectives booted (runtime/mpi, program tests/fixtures/mpi/collectives.ts)
// against results computed independently on the host (expected_collectives.ts).
//
// One VM per rank count (1, 2, 3, 5, 8, 16) runs the whole matrix in a loop:
// booting per case would cost seconds each. Inputs are a formula of (rank,
// element, case) written twice, in the guest and here (matrix_values.ts);
// receive buffers start as garbage one element longer than the result, so
// short or long writes show. The guest prints one FNV-1a digest per group
// of cases and rank (per case costs too much: serial output under KVM runs
// at ~25 KB/s); on a mismatch the test boots the same rank count again
// printing a digest per case, and names the failing cases.
//
// The matrix (rank counts 1, 2, 3, 5, 8 and 16 unless it says):
//   reduce, allreduce   all 22 datatypes x every valid operation (201 pairs)
//                       x counts 0, 1, 37                       1206 cases
//   reduce, allreduce   MPI_CHAR in a Uint8Array (still signed char):
//                       MAX, MIN, SUM, LOR, count 37                  8
//   reduce, allreduce   MPI_IN_PLACE: INT SUM, DOUBLE MAX, UINT8_T BXOR,
//                       LONG_LONG PROD x counts 1, 37                 16
//   gather, scatter,    MPI_IN_PLACE: INT, DOUBLE, UNSIGNED_SHORT
//   allgather, alltoall x counts 1, 37                               24
//   bcast, gather,      12 datatype/array pairs covering every array kind
//   scatter, allgather, (CHAR, UNSIGNED_CHAR, BYTE in Uint8Array and in
//   alltoall            BigUint64Array, SHORT, UINT16_T, INT, UNSIGNED,
//                       LONG, UNSIGNED_LONG_LONG, FLOAT, DOUBLE)
//                       x counts 0, 1, 37                             180
//   allreduce, reduce,  where the algorithms switch: allreduce of 4 KiB
//   bcast               to 68 KB (Rabenseifner; INT SUM also in place,
//                       ULL BXOR, FLOAT SUM, SHORT PROD, INT MAX), reduce
//                       DOUBLE SUM 8 KB, INT SUM 68 KB (segmented; also in
//                       place), bcast BYTE 70001 (segmented)             10
//   large, at 2, 5, 16  reduce INT SUM and allreduce DOUBLE MAX, bcast
//   ranks only          CHAR: 64 KiB and 1 MiB per rank; gather, scatter,
//                       allgather, alltoall BYTE: 64 KiB blocks        10
// Roots rotate (case n has root n % size), so every rank is a root often.
// Why: arithmetic differs per datatype and operation, so the reductions get
// the full matrix, at small counts where a case costs microseconds; data
// movement does not look at element values, so representative datatypes
// (every element size and array kind, MPI_BYTE with a count that is not a
// whole number of the array's elements) suffice; 64 KiB and 1 MiB exercise
// the large-message paths (rendezvous, pipelining, scratch memory), where
// one case costs as much as hundreds of small ones, so a few calls at three
// rank counts (a power of two, an odd count, the largest) cover them.
// Float inputs are small integers (sums) or +-1, 2, 0.5 (products), so the
// result is exact in any reduction order; integer inputs use every bit
// pattern (sums and products wrap, deterministically), odd factors for
// products and 0 / top-bit-only / other values for logical operations.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, Program, bootPrograms, lines } from "../support/booted_programs";
import { expectedResults } from "./expected_collectives";
import { MatrixCase, describeCase, matrixCases } from "./matrix_cases";
import { digestOfDigests, fnv1a, hex32 } from "./matrix_values";

const FIXTURES = "tests/fixtures/mpi";
const RANK_COUNTS = [1, 2, 3, 5, 8, 16];
const LARGE_AT = new Set([2, 5, 16]);
/** Generous for TCG, where 16 vCPUs share two host cores. */
const TIMEOUT_SECONDS = 900;
/** Failing cases named in a message, at most. */
const CASES_SHOWN = 25;

let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

function matrixProgram(size: number, perCase: boolean): Program {
  return {
    name: `collectives_${size}${perCase ? "_cases" : ""}`,
    source: "collectives",
    cores: size,
    memory: size >= 8 ? "512M" : "256M",
    timeoutSeconds: TIMEOUT_SECONDS,
    programArgs: [LARGE_AT.has(size) ? "large" : "small", perCase ? "cases" : "groups"],
  };
}

/** Per case and rank holding a result, the expected digest of the result's bytes: key "case rank". */
function expectedCaseDigests(cases: MatrixCase[], size: number): Map<string, number> {
  const digests = new Map<string, number>();
  for (const matrixCase of cases) {
    for (const [rank, bytes] of expectedResults(matrixCase, size)) digests.set(`${matrixCase.number} ${rank}`, fnv1a(bytes));
  }
  return digests;
}

/** Per group and rank, the digest of its cases' digests in order: key "group rank". */
function expectedGroupDigests(cases: MatrixCase[], size: number, caseDigests: Map<string, number>): Map<string, string> {
  const groups = new Map<string, string>();
  const lastGroup = cases[cases.length - 1].group;
  for (let group = 0; group <= lastGroup; group++) {
    const members = cases.filter((matrixCase) => matrixCase.group === group);
    for (let rank = 0; rank < size; rank++) {
      const digests = members.map((matrixCase) => caseDigests.get(`${matrixCase.number} ${rank}`)).filter((digest): digest is number => digest !== undefined);
      groups.set(`${group} ${rank}`, hex32(digestOfDigests(digests)));
    }
  }
  return groups;
}

/** The run's digest lines by key ("group rank" or "case rank"), and every line that is not one. */
function parseDigests(run: BootedRun, what: "group" | "case"): { digests: Map<string, string>; others: string[] } {
  const digests = new Map<string, string>();
  const others: string[] = [];
  const pattern = new RegExp(`^${what} (\\d+) rank (\\d+) digest ([0-9a-f]{8})$`);
  for (const line of lines(run)) {
    const match = pattern.exec(line);
    if (match && !digests.has(`${match[1]} ${match[2]}`)) digests.set(`${match[1]} ${match[2]}`, match[3]);
    else others.push(line);
  }
  return { digests, others };
}

/** Differences between expected and printed digests, as lines. */
function differences(expected: Map<string, string>, printed: Map<string, string>, describe: (key: string) => string): string[] {
  const problems: string[] = [];
  for (const [key, digest] of expected) {
    const got = printed.get(key);
    if (got === undefined) problems.push(`${describe(key)}: missing`);
    else if (got !== digest) problems.push(`${describe(key)}: digest ${got}, expected ${digest}`);
  }
  for (const key of printed.keys()) if (!expected.has(key)) problems.push(`${describe(key)}: not expected`);
  return problems;
}

/** Boots the per-case variant to name the failing cases. */
async function failingCases(size: number, cases: MatrixCase[], caseDigests: Map<string, number>): Promise<string[]> {
  const program = matrixProgram(size, true);
  const verbose = bootPrograms(FIXTURES, [program]);
  try {
    const run = await verbose.runs.get(program.name)!;
    const { digests, others } = parseDigests(run, "case");
    const expected = new Map([...caseDigests].map(([key, digest]) => [key, hex32(digest)]));
    const describe = (key: string): string => {
      const [caseNumber, rank] = key.split(" ").map(Number);
      return `${describeCase(cases[caseNumber], size)}, rank ${rank}`;
    };
    return [...differences(expected, digests, describe), ...others.filter((line) => !line.startsWith("done ")).map((line) => `printed: ${line}`)];
  } catch (error) {
    return [`the per-case run failed too: ${String(error)}`];
  } finally {
    verbose.cleanUp();
  }
}

test.before(() => {
  ({ runs, cleanUp } = bootPrograms(FIXTURES, RANK_COUNTS.map((size) => matrixProgram(size, false))));
});

test.after(() => cleanUp());

for (const size of RANK_COUNTS) {
  const large = LARGE_AT.has(size);
  test(`collectives at ${size} rank${size > 1 ? "s" : ""}: every case's result on every rank equals the host's${large ? " (64 KiB and 1 MiB included)" : ""}`, async () => {
    const run = await runs.get(matrixProgram(size, false).name)!;
    const cases = matrixCases(large);
    const caseDigests = expectedCaseDigests(cases, size);
    const expected = expectedGroupDigests(cases, size, caseDigests);
    const { digests, others } = parseDigests(run, "group");
    const describeGroup = (key: string): string => {
      const [group, rank] = key.split(" ").map(Number);
      const members = cases.filter((matrixCase) => matrixCase.group === group);
      const span = members.length > 0 ? `${describeCase(members[0], size)} .. case ${members[members.length - 1].number}` : "no cases";
      return `group ${group} (${span}), rank ${rank}`;
    };
    const problems = differences(expected, digests, describeGroup);
    const done = others.filter((line) => new RegExp(`^done ${cases.length} cases in [0-9.]+ s$`).test(line));
    problems.push(...others.filter((line) => !done.includes(line)).map((line) => `printed: ${line}`));
    if (done.length !== 1) problems.push(`expected one line "done ${cases.length} cases in ... s"`);
    if (run.status !== 0) problems.push(`exit status ${run.status}`);
    if (problems.length > 0) {
      const detail = await failingCases(size, cases, caseDigests);
      assert.unreachable(
        `${problems.length} problem(s) at ${size} ranks:\n${problems.slice(0, CASES_SHOWN).join("\n")}\n` +
          `failing cases (from a run printing every case):\n${detail.slice(0, CASES_SHOWN).join("\n")}` +
          (detail.length > CASES_SHOWN ? `\n... and ${detail.length - CASES_SHOWN} more` : ""),
      );
    }
  });
}

test.run();

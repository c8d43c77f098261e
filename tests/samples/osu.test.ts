// The OSU micro-benchmark ports (samples/osu_*.ts) booted with short sweeps:
// their output must be OSU 7.4's format exactly (blank line, title,
// datatype, header, then %-10d%20.2f rows, plus %20.2f%20.2f%12lu with -f),
// sweep the sizes OSU sweeps (powers of two in range; 0 B holds no element
// and is skipped), and show plausible numbers (positive, finite,
// min <= avg <= max, the iteration column equal to -i). Collectives run on
// 2 and 16 cores; osu_latency and osu_bw on 2, and once on 3 for OSU's
// "exactly two processes" refusal; one bad option checks OSU's usage error.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, bootPrograms, lines } from "../support/booted_programs";

let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

const ITERATIONS = 20;
const COLLECTIVE_ARGUMENTS = ["-m", "1:64", "-i", String(ITERATIONS), "-x", "2", "-f"];
const POINT_TO_POINT_ARGUMENTS = ["-m", "0:64", "-i", "50", "-x", "5"];
const COLLECTIVE_CORES = [2, 16];
const SWEPT_SIZES = [1, 2, 4, 8, 16, 32, 64];

/** Each sized collective and its title in OSU 7.4. */
const SIZED_COLLECTIVES: Array<[string, string]> = [
  ["osu_bcast", "Broadcast Latency"],
  ["osu_reduce", "Reduce Latency"],
  ["osu_allreduce", "Allreduce Latency"],
  ["osu_gather", "Gather Latency"],
  ["osu_scatter", "Scatter Latency"],
  ["osu_allgather", "Allgather Latency"],
  ["osu_alltoall", "All-to-All Personalized Exchange Latency"],
];

test.before(() => {
  const programs = [];
  for (const cores of COLLECTIVE_CORES) {
    for (const [source] of SIZED_COLLECTIVES) programs.push({ name: `${source}_${cores}`, source, cores, programArgs: COLLECTIVE_ARGUMENTS });
    programs.push({ name: `osu_barrier_${cores}`, source: "osu_barrier", cores, programArgs: COLLECTIVE_ARGUMENTS });
  }
  programs.push({ name: "osu_latency_2", source: "osu_latency", cores: 2, programArgs: POINT_TO_POINT_ARGUMENTS });
  programs.push({ name: "osu_bw_2", source: "osu_bw", cores: 2, programArgs: POINT_TO_POINT_ARGUMENTS });
  programs.push({ name: "osu_latency_3", source: "osu_latency", cores: 3, programArgs: POINT_TO_POINT_ARGUMENTS });
  programs.push({ name: "osu_reduce_bad_option", source: "osu_reduce", cores: 2, programArgs: ["-q"] });
  ({ runs, cleanUp } = bootPrograms("samples", programs.map((program) => ({ ...program, timeoutSeconds: 300 }))));
});

test.after(() => cleanUp());

/** A %20.2f field (or %17.2f for osu_barrier's): right-aligned, two decimals, its value. */
function fixedField(text: string, width: number, what: string): number {
  assert.is(text.length, width, `${what}: "${text}" is not ${width} wide`);
  assert.ok(/^ *\d+\.\d\d$/.test(text), `${what}: "${text}" is not right-aligned %.2f`);
  const value = Number(text);
  assert.ok(Number.isFinite(value), `${what}: ${text} is not finite`);
  return value;
}

/** Checks -f's three columns after `offset` and returns [min, max]. */
function fullColumns(row: string, offset: number, what: string): [number, number] {
  assert.is(row.length, offset + 20 + 20 + 12, `${what}: "${row}" has the wrong length`);
  const min = fixedField(row.slice(offset, offset + 20), 20, `${what} min`);
  const max = fixedField(row.slice(offset + 20, offset + 40), 20, `${what} max`);
  const iterations = row.slice(offset + 40);
  assert.ok(/^ +\d+$/.test(iterations), `${what}: iterations "${iterations}" is not right-aligned %12lu`);
  assert.is(Number(iterations), ITERATIONS, `${what}: iterations`);
  return [min, max];
}

/** Checks a %-10d size cell and returns the size. */
function sizeCell(row: string, what: string): number {
  const cell = row.slice(0, 10);
  assert.ok(/^\d+ *$/.test(cell) && cell.length === 10, `${what}: size cell "${cell}" is not left-aligned %-10d`);
  return Number(cell);
}

function checkPlausible(avg: number, min: number, max: number, what: string): void {
  assert.ok(avg > 0, `${what}: average ${avg} is not positive`);
  assert.ok(min > 0 && min <= avg && avg <= max, `${what}: expected min <= avg <= max, got ${min}, ${avg}, ${max}`);
}

function preamble(title: string): string[] {
  return ["", `# OSU MPI ${title} Test v7.4`];
}

const FULL_HEADER = "     Min Latency(us)     Max Latency(us)  Iterations";

for (const cores of COLLECTIVE_CORES) {
  for (const [source, title] of SIZED_COLLECTIVES) {
    test(`samples/${source}.ts on ${cores} cores prints OSU's -f table for 1..64 B`, async () => {
      const run = await runs.get(`${source}_${cores}`)!;
      assert.is(run.status, 0, run.stdout);
      const output = lines(run);
      assert.equal(output.slice(0, 4), [...preamble(title), "# Datatype: MPI_CHAR.", `# Size         Avg Latency(us)${FULL_HEADER}`]);
      const rows = output.slice(4);
      assert.equal(rows.map((row) => sizeCell(row, source)), SWEPT_SIZES, run.stdout);
      for (const row of rows) {
        const avg = fixedField(row.slice(10, 30), 20, `${source} avg`);
        const [min, max] = fullColumns(row, 30, source);
        checkPlausible(avg, min, max, `${source} ${row.slice(0, 10).trim()} B`);
      }
    });
  }

  test(`samples/osu_barrier.ts on ${cores} cores prints OSU's single unsized row`, async () => {
    const run = await runs.get(`osu_barrier_${cores}`)!;
    assert.is(run.status, 0, run.stdout);
    const output = lines(run);
    assert.equal(output.slice(0, 3), [...preamble("Barrier Latency"), `# Avg Latency(us)${FULL_HEADER}`]);
    assert.is(output.length, 4, run.stdout);
    const avg = fixedField(output[3].slice(0, 17), 17, "barrier avg");
    const [min, max] = fullColumns(output[3], 17, "barrier");
    checkPlausible(avg, min, max, "barrier");
  });
}

for (const [source, title, column] of [
  ["osu_latency", "Latency", "     Avg Latency(us)"],
  ["osu_bw", "Bandwidth", "    Bandwidth (MB/s)"],
]) {
  test(`samples/${source}.ts on 2 cores prints OSU's table for 1..64 B (0 B holds no element)`, async () => {
    const run = await runs.get(`${source}_2`)!;
    assert.is(run.status, 0, run.stdout);
    const output = lines(run);
    assert.equal(output.slice(0, 4), [...preamble(title), "# Datatype: MPI_CHAR.", `# Size    ${column}`]);
    const rows = output.slice(4);
    assert.equal(rows.map((row) => sizeCell(row, source)), SWEPT_SIZES, run.stdout);
    for (const row of rows) {
      assert.is(row.length, 30, `${source}: "${row}"`);
      assert.ok(fixedField(row.slice(10), 20, source) > 0, `${source}: "${row}" is not positive`);
    }
  });
}

test("samples/osu_latency.ts on 3 cores refuses as OSU does, with status 1", async () => {
  const run = await runs.get("osu_latency_3")!;
  assert.is(run.status, 1, run.stdout);
  assert.equal(lines(run), ["This test requires exactly two processes"]);
});

test("a bad option prints OSU's usage error and the help, with status 1", async () => {
  const run = await runs.get("osu_reduce_bad_option")!;
  assert.is(run.status, 1, run.stdout);
  const output = lines(run);
  assert.equal(output.slice(0, 4), ["Invalid option [-q]", "", "Usage: osu_reduce [options]", "Options:"]);
  assert.ok(output.some((line) => line.startsWith("  -m, --message-size        [MIN:]MAX")), run.stdout);
});

test.run();

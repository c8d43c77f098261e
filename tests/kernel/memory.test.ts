// The memory system end to end: programs in tests/fixtures/kernel/ are built
// at -O2 (compiler/driver/build.ts) and booted with 64 MiB of RAM
// (compiler/run/qemu.ts), like the golden tests. (The programs sit under
// tests/fixtures/ because tsconfig.json compiles every other .ts under tests/
// as Node code.)
//   churn      10^7 temporary strings and typed arrays in bounded memory;
//   retention  live objects, subarrays included, survive many collections;
//   exhaust    keeping everything alive ends in the out-of-memory panic.
// Builds and boots overlap two programs at a time; the accelerator follows
// TOROTSC_ACCEL (read by runImage).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { build } from "../../compiler/driver/build";
import { runImage } from "../../compiler/run/qemu";
import { OutputCollector } from "../support/output-collector";

const repositoryRoot = path.resolve(__dirname, "..", "..", "..");
const programFolder = path.join(repositoryRoot, "tests", "fixtures", "kernel");
const MEMORY = "64M";
const TIMEOUT_SECONDS = 180;
const CONCURRENT_JOBS = 2;
const PANIC_STATUS = 101;

interface Run {
  stdout: string;
  status: number;
  seconds: number;
}


async function buildAndRun(name: string, imageDirectory: string): Promise<Run> {
  const image = path.join(imageDirectory, `${name}.elf`);
  const built = build({ entry: path.join(programFolder, `${name}.ts`), output: image, optimisation: 2, emit: "elf" });
  if (!built.ok) throw new Error(`build of ${name} failed:\n${formatDiagnostics(built.diagnostics, repositoryRoot)}`);
  const output = new OutputCollector();
  const started = Date.now();
  const result = await runImage({
    image, cores: 1, memory: MEMORY, accel: "auto", timeoutSeconds: TIMEOUT_SECONDS, programArgs: [], output,
  });
  const seconds = (Date.now() - started) / 1000;
  if (result.kind !== "exited") throw new Error(`${name}: ${JSON.stringify(result)}; output:\n${output.text()}`);
  return { stdout: output.text(), status: result.code, seconds };
}

/** The statistics line of toro/kernel's memoryStatistics(), as numbers by name. */
function parseStatistics(line: string): Record<string, number> {
  const match = /^core (\d+): capacity (\d+) bytes, used (\d+), free (\d+), largest free run (\d+), peak pages in use (\d+), live after last collection (\d+), collections (\d+), allocations (\d+)$/.exec(line);
  if (!match) throw new Error(`not a statistics line: ${line}`);
  const [core, capacity, used, free, largestRun, peak, live, collections, allocations] = match.slice(1).map(Number);
  return { core, capacity, used, free, largestRun, peak, live, collections, allocations };
}

/** What churn.ts computes, in JavaScript (i32 arithmetic as `| 0`). */
function churnChecksum(): number {
  let checksum = 0;
  for (let i = 0; i < 10_000_000; i++) {
    const text = `item ${i}`;
    checksum = (checksum + text.length + i + text.charCodeAt(text.length - 1)) | 0;
  }
  return checksum;
}

const programs = ["churn", "retention", "exhaust"];
const runs = new Map<string, Promise<Run>>();
let imageDirectory = "";

/** Program k starts when program k - CONCURRENT_JOBS has ended, however it ended. */
test.before(() => {
  imageDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-kernel-memory-"));
  const started: Array<Promise<Run>> = [];
  for (const name of programs) {
    const turn = started.length >= CONCURRENT_JOBS ? started[started.length - CONCURRENT_JOBS] : Promise.resolve(undefined);
    const run = turn.then(() => undefined, () => undefined).then(() => buildAndRun(name, imageDirectory));
    run.catch(() => undefined);
    runs.set(name, run);
    started.push(run);
  }
});

test.after(() => {
  if (imageDirectory !== "") fs.rmSync(imageDirectory, { recursive: true, force: true });
});

test("10^7 temporary strings and typed arrays run in bounded memory", async () => {
  const run = await runs.get("churn")!;
  assert.is(run.status, 0, run.stdout);
  const [checksum, statisticsLine] = run.stdout.trimEnd().split("\n");
  assert.is(Number(checksum), churnChecksum());
  const statistics = parseStatistics(statisticsLine);
  assert.ok(statistics.allocations >= 30_000_000, `${statistics.allocations} allocations`);
  assert.ok(statistics.collections >= 100, `${statistics.collections} collections`);
  assert.ok(statistics.peak <= statistics.capacity / 8, `peak ${statistics.peak} of ${statistics.capacity} bytes`);
  assert.ok(run.seconds < 60, `took ${run.seconds} s`);
});

test("live objects and subarrays survive dozens of collections intact", async () => {
  const run = await runs.get("retention")!;
  assert.is(run.status, 0, run.stdout);
  const lines = run.stdout.trimEnd().split("\n");
  assert.is(lines[0], "intact");
  assert.is(lines[2], "206780000");
  const statistics = parseStatistics(lines[3]);
  assert.ok(statistics.collections >= 20, `${statistics.collections} collections`);
  assert.ok(statistics.live > 2000 * 100, `live ${statistics.live} bytes`);
});

test("keeping everything alive ends in the out-of-memory panic (status 101)", async () => {
  const run = await runs.get("exhaust")!;
  assert.is(run.status, PANIC_STATUS, run.stdout);
  const lines = run.stdout.trimEnd().split("\n");
  assert.ok(lines.length > 3, "links were made before the end");
  const report = lines[lines.length - 1];
  const match = /^panic on core 0 \(thread main\): out of memory on core 0: cannot allocate \d+ bytes \((?:scanned|leaf)\); pool 0x[0-9a-f]+ \(capacity (\d+) bytes\): used (\d+) bytes, free (\d+) bytes, largest free run (\d+) bytes, ([1-9]\d*) collections$/.exec(report);
  assert.ok(match, report);
  const [capacity, used] = [Number(match![1]), Number(match![2])];
  assert.ok(used > capacity * 0.9, `used ${used} of ${capacity}`);
});

test.run();

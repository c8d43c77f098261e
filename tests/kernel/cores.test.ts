// All cores up, one program instance per core, end to end: programs are
// built at -O2 (compiler/driver/build.ts) and booted with several cores
// (compiler/run/qemu.ts); the accelerator follows TOROTSC_ACCEL, as in the
// other kernel tests.
//   samples/hello_cores.ts  every core reports in, once, on whole lines
//                           (1, 2, 3, 4, 16 and 64 cores), and with
//                           --tag-output (runImage's option, and the CLI's)
//                           each line carries its rank;
//   interleaved_lines       8 cores printing at once never split a line;
//   instance_isolation      module variables are per instance;
//   instance_status         exit(code) ends one instance; the run's status
//                           is 0 or the first nonzero one;
//   secondary_panic         a panic on core 1 names the core, the file and
//                           the line, and ends every instance (status 101,
//                           not the timeout);
//   secondary_overflow      the last core's stack overflow hits its guard
//                           page and is reported with its source line.
// (The programs sit under tests/fixtures/ because tsconfig.json compiles
// every other .ts under tests/ as Node code.)
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { build } from "../../compiler/driver/build";
import { RunOutcome, runImage } from "../../compiler/run/qemu";
import { OutputCollector } from "../support/output-collector";

const repositoryRoot = path.resolve(__dirname, "..", "..", "..");
const fixtures = path.join(repositoryRoot, "tests", "fixtures", "kernel");
const PROGRAMS: Record<string, string> = {
  hello_cores: path.join(repositoryRoot, "samples", "hello_cores.ts"),
  interleaved_lines: path.join(fixtures, "interleaved_lines.ts"),
  instance_isolation: path.join(fixtures, "instance_isolation.ts"),
  instance_status: path.join(fixtures, "instance_status.ts"),
  secondary_panic: path.join(fixtures, "secondary_panic.ts"),
  secondary_overflow: path.join(fixtures, "secondary_overflow.ts"),
};
/** Generous: a 64-core boot takes about half a second, but the host may be loaded. */
const TIMEOUT_SECONDS = 60;
const PANIC_STATUS = 101;


interface Boot {
  outcome: RunOutcome;
  stdout: string;
}

let imageFolder = "";
const images = new Map<string, string>();

async function boot(program: string, cores: number, extra: { programArgs?: string[]; tagOutput?: boolean } = {}): Promise<Boot> {
  const output = new OutputCollector();
  const outcome = await runImage({
    image: images.get(program)!, cores, memory: "128M", accel: "auto", timeoutSeconds: TIMEOUT_SECONDS,
    programArgs: extra.programArgs ?? [], tagOutput: extra.tagOutput, output,
  });
  return { outcome, stdout: output.text() };
}

function exited(code: number): RunOutcome {
  return { kind: "exited", code };
}

/** The ranks named by "hello from core R" lines, after checking that every line is one. */
function helloRanks(stdout: string, cores: number, tag: boolean): number[] {
  const lines = stdout.split("\n");
  assert.is(lines.pop(), "", "the output ends with a newline");
  return lines.map((line) => {
    const match = /^(?:\[(\d+)\] )?hello from core (\d+)$/.exec(line);
    assert.ok(match, `not a whole hello line: ${JSON.stringify(line)}`);
    assert.ok(Number(match![2]) < cores, line);
    if (tag) assert.is(match![1], match![2], `the tag names the writer: ${line}`);
    else assert.is(match![1], undefined, line);
    return Number(match![2]);
  });
}

function assertEveryRankOnce(ranks: number[], cores: number): void {
  assert.equal([...ranks].sort((a, b) => a - b), Array.from({ length: cores }, (_, index) => index));
}

test.before(() => {
  imageFolder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-kernel-cores-"));
  for (const [name, source] of Object.entries(PROGRAMS)) {
    const image = path.join(imageFolder, `${name}.elf`);
    const built = build({ entry: source, output: image, optimisation: 2, emit: "elf" });
    if (!built.ok) throw new Error(`build of ${name} failed:\n${formatDiagnostics(built.diagnostics, repositoryRoot)}`);
    images.set(name, image);
  }
});

test.after(() => {
  if (imageFolder !== "") fs.rmSync(imageFolder, { recursive: true, force: true });
});

for (const cores of [1, 2, 3, 4, 16, 64]) {
  test(`${cores} core(s): every core reports in exactly once, on whole lines, status 0`, async () => {
    const run = await boot("hello_cores", cores);
    assert.equal(run.outcome, exited(0), run.stdout);
    assertEveryRankOnce(helloRanks(run.stdout, cores, false), cores);
  });
}

test("--tag-output: every line starts with its writer's rank in brackets", async () => {
  const run = await boot("hello_cores", 4, { tagOutput: true });
  assert.equal(run.outcome, exited(0), run.stdout);
  assertEveryRankOnce(helloRanks(run.stdout, 4, true), 4);
});

test("torotsc run --tag-output --cores 3 passes the option to the guest", () => {
  const result = spawnSync(process.execPath, [
    path.join(repositoryRoot, "bin", "torotsc"), "run", images.get("hello_cores")!, "--cores", "3", "--tag-output",
  ], { encoding: "utf8", timeout: TIMEOUT_SECONDS * 1000, killSignal: "SIGKILL" });
  assert.is(result.status, 0, result.stderr);
  assertEveryRankOnce(helloRanks(result.stdout, 3, true), 3);
});

test("8 cores printing at once: every line arrives whole, each core's in its order", async () => {
  const run = await boot("interleaved_lines", 8);
  assert.equal(run.outcome, exited(0), run.stdout);
  const next = new Array<number>(8).fill(0);
  for (const line of run.stdout.trimEnd().split("\n")) {
    const match = /^core (\d) line (\d+) (-+) end$/.exec(line);
    assert.ok(match, `not a whole line: ${JSON.stringify(line)}`);
    const rank = Number(match![1]);
    assert.is(match![3].length, 40 + rank, line);
    assert.is(Number(match![2]), next[rank], `core ${rank}'s lines in order`);
    next[rank]++;
  }
  assert.equal(next, new Array<number>(8).fill(40));
});

test("each instance has its own module variables, typed arrays included", async () => {
  const run = await boot("instance_isolation", 4);
  assert.equal(run.outcome, exited(0), run.stdout);
  const lines = run.stdout.trimEnd().split("\n").sort();
  assert.equal(lines, [0, 1, 2, 3].map((rank) => `core ${rank}: visits 1, foreign marks 0`));
});

test("every instance returning ends the run with status 0", async () => {
  const run = await boot("instance_status", 4);
  assert.equal(run.outcome, exited(0), run.stdout);
  assert.equal(run.stdout.trimEnd().split("\n").sort(), [0, 1, 2, 3].map((rank) => `core ${rank} ending`));
});

test("exit(3) on one core ends that instance only; the run ends with 3 once all have ended", async () => {
  const run = await boot("instance_status", 4, { programArgs: ["2"] });
  assert.equal(run.outcome, exited(3), run.stdout);
  assert.equal(run.stdout.trimEnd().split("\n").sort(), [0, 1, 2, 3].map((rank) => `core ${rank} ending`));
});

test("a panic on core 1 names the core, thread, file and line, and ends every instance (101)", async () => {
  const run = await boot("secondary_panic", 4);
  assert.equal(run.outcome, exited(PANIC_STATUS), run.stdout);
  assert.is(run.stdout, "panic on core 1 (thread main): index 9 out of bounds for length 4 at secondary_panic.ts:20\n");
});

test("a stack overflow on the last of 16 cores faults in its guard page and is reported with its line", async () => {
  const run = await boot("secondary_overflow", 16);
  assert.equal(run.outcome, exited(PANIC_STATUS), run.stdout);
  const report = /^panic on core 15 \(thread main\): CPU exception 14 \(page fault\) error code 0x6 address 0x([0-9a-f]+) at rip 0x[0-9a-f]+ \((\S+):(\d+)\)$/m.exec(run.stdout);
  assert.ok(report, run.stdout);
  assert.ok(report![2].endsWith("secondary_overflow.ts"), report![2]);
  assert.ok([10, 11, 12].includes(Number(report![3])), `line ${report![3]} is in depth()`);
  const lines = run.stdout.trimEnd().split("\n");
  assert.is(lines[lines.length - 1], report![0], "the report is the last line");
});

test.run();

// The golden corpus compiled and booted: each program is built to a bootable
// ELF at -O2 by the compiler (compiler/driver/build.ts) and run under QEMU
// (compiler/run/qemu.ts); what it prints and its exit status must equal its
// expected files, which tests/e2e/golden-node.test.ts holds to Node's
// behaviour. The accelerator follows TOROTSC_ACCEL (read by runImage).
//
// Builds and boots overlap two programs at a time (the machines have two
// cores): all jobs start before the first test and each test awaits its own.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { build } from "../../compiler/driver/build";
import { runImage } from "../../compiler/run/qemu";
import { GOLDEN_PROGRAM_ARGS, GoldenProgram, listGoldenPrograms, readExpectation, repositoryRoot } from "../support/golden-programs";
import { describeMismatch } from "../support/text-diff";
import { OutputCollector } from "../support/output-collector";

const CONCURRENT_JOBS = 2;
const TIMEOUT_SECONDS = 60;

/** What happened to one program; never a rejected promise, so no job's failure goes unhandled. */
type Outcome =
  | { kind: "ran"; stdout: string; exitCode: number }
  | { kind: "failed"; message: string };

/**
 * Collects everything written to it. Bytes are kept one character per byte
 * (latin1) and decoded as UTF-8 once at the end, so that a multi-byte
 * character split across two writes survives.
 */

/** Runs asynchronous jobs with at most `limit` of them under way at once. */
class JobLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    while (this.running >= this.limit) await new Promise<void>((resume) => this.waiting.push(resume));
    this.running++;
    try {
      return await job();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

async function buildAndRun(program: GoldenProgram, imageDirectory: string): Promise<Outcome> {
  try {
    const image = path.join(imageDirectory, `${program.name}.elf`);
    const built = build({ entry: program.sourceFile, output: image, optimisation: 2, emit: "elf" });
    if (!built.ok) {
      return { kind: "failed", message: `build failed:\n${formatDiagnostics(built.diagnostics, repositoryRoot())}` };
    }
    const output = new OutputCollector();
    const result = await runImage({
      image: built.outputPath ?? image,
      cores: 1,
      memory: "128M",
      accel: "auto",
      timeoutSeconds: TIMEOUT_SECONDS,
      programArgs: [...GOLDEN_PROGRAM_ARGS],
      output,
    });
    const stdout = output.text();
    if (result.kind === "exited") return { kind: "ran", stdout, exitCode: result.code };
    if (result.kind === "timeout") {
      return { kind: "failed", message: `timed out after ${result.seconds} s; output so far:\n${stdout}` };
    }
    return { kind: "failed", message: `QEMU failed: ${result.message}; output so far:\n${stdout}` };
  } catch (error) {
    return { kind: "failed", message: `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  }
}

const programs = listGoldenPrograms();
const outcomes = new Map<string, Promise<Outcome>>();
let imageDirectory = "";

test.before(() => {
  imageDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-golden-"));
  const limiter = new JobLimiter(CONCURRENT_JOBS);
  for (const program of programs) {
    outcomes.set(program.name, limiter.run(() => buildAndRun(program, imageDirectory)));
  }
});

test.after(() => {
  if (imageDirectory !== "") fs.rmSync(imageDirectory, { recursive: true, force: true });
});

for (const program of programs) {
  test(`${program.name} compiled and run under QEMU matches its expected files`, async () => {
    const outcome = await outcomes.get(program.name);
    if (!outcome) throw new Error(`no job was started for ${program.name}`);
    if (outcome.kind === "failed") assert.unreachable(`${program.name}: ${outcome.message}`);
    else {
      const mismatch = describeMismatch(program.name, readExpectation(program), outcome);
      assert.ok(mismatch === "", mismatch);
    }
  });
}

test.run();

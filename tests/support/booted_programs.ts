// Building and booting test programs (a folder of the repository, such as
// tests/fixtures/kernel/sched or samples) for booted
// tests: each is built at -O2 (compiler/driver/build.ts) and booted with the
// given number of cores and RAM (64 MiB unless it says), under the
// accelerator TOROTSC_ACCEL picks (runImage).
// Runs overlap two at a time; each starts once the one two places earlier
// has ended, however it ended. (The programs sit under tests/fixtures/
// because tsconfig.json compiles every other .ts under tests/ as Node code.)
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { build } from "../../compiler/driver/build";
import { resolveAccelerator, runImage } from "../../compiler/run/qemu";
import { OutputCollector } from "./output-collector";

const repositoryRoot = path.resolve(__dirname, "..", "..", "..");
const DEFAULT_MEMORY = "64M";
const DEFAULT_TIMEOUT_SECONDS = 120;
const CONCURRENT_JOBS = 2;

export interface BootedRun {
  stdout: string;
  status: number;
  /** The accelerator the run used. */
  accelerator: "kvm" | "tcg";
}

export interface Program {
  /** The run's name (its key in `runs`); also the fixture's file name unless `source` says. */
  name: string;
  /** The fixture's file name without ".ts", when several runs boot one program (default `name`). */
  source?: string;
  cores: number;
  /** QEMU's -m, e.g. "256M" (default 64M). */
  memory?: string;
  timeoutSeconds?: number;
  /** Program arguments (arg(i) in the guest). */
  programArgs?: string[];
}


/** Builds run one at a time (build is synchronous), so `builtImages` may be checked and filled without a race. */
async function buildAndRun(program: Program, programFolder: string, imageDirectory: string, builtImages: Set<string>): Promise<BootedRun> {
  const source = program.source ?? program.name;
  const image = path.join(imageDirectory, `${source}.elf`);
  if (!builtImages.has(image)) {
    const built = build({ entry: path.join(programFolder, `${source}.ts`), output: image, optimisation: 2, emit: "elf" });
    if (!built.ok) throw new Error(`build of ${program.name} failed:\n${formatDiagnostics(built.diagnostics, repositoryRoot)}`);
    builtImages.add(image);
  }
  const output = new OutputCollector();
  const result = await runImage({
    image,
    cores: program.cores,
    memory: program.memory ?? DEFAULT_MEMORY,
    accel: "auto",
    timeoutSeconds: program.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    programArgs: program.programArgs ?? [],
    output,
  });
  if (result.kind !== "exited") throw new Error(`${program.name}: ${JSON.stringify(result)}; output:\n${output.text()}`);
  return { stdout: output.text(), status: result.code, accelerator: resolveAccelerator("auto") };
}

/**
 * Starts every program named, from `folder` (relative to the repository
 * root), two at a time, and returns their runs by name, plus a clean-up for
 * the images. Call from uvu's `before`; await a run in a test.
 */
export function bootPrograms(folder: string, programs: Program[]): { runs: Map<string, Promise<BootedRun>>; cleanUp: () => void } {
  const programFolder = path.join(repositoryRoot, ...folder.split("/"));
  const imageDirectory = fs.mkdtempSync(path.join(os.tmpdir(), `torotsc-${folder.replace(/\//g, "-")}-`));
  const runs = new Map<string, Promise<BootedRun>>();
  const started: Array<Promise<BootedRun>> = [];
  /** Each source is built once however many runs boot it. */
  const builtImages = new Set<string>();
  for (const program of programs) {
    const turn = started.length >= CONCURRENT_JOBS ? started[started.length - CONCURRENT_JOBS] : Promise.resolve(undefined);
    const run = turn.then(() => undefined, () => undefined).then(() => buildAndRun(program, programFolder, imageDirectory, builtImages));
    run.catch(() => undefined);
    runs.set(program.name, run);
    started.push(run);
  }
  const cleanUp = (): void => {
    void Promise.allSettled(started).then(() => fs.rmSync(imageDirectory, { recursive: true, force: true }));
  };
  return { runs, cleanUp };
}

/** The output's lines without the final newline. */
export function lines(run: BootedRun): string[] {
  return run.stdout.trimEnd().split("\n");
}

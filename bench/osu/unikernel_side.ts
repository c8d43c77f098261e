// The unikernel side of the OSU comparison: samples/osu_<benchmark>.ts, built
// at -O2 as `torotsc run` builds, booted with one core per rank and the same
// OSU options as MPICH's run (they reach the program as arg(i)). A sample
// that does not exist yet is skipped with a message. Runs under the first
// accelerator of --accel (KVM when usable).
import * as fs from "fs";
import * as path from "path";
import { Writable } from "stream";
import { loadBuildDriver } from "../../compiler/cli/load-build-driver";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { runImage } from "../../compiler/run/qemu";
import { outputFolder, repositoryRoot } from "../build_programs";
import { Accelerator } from "../guest_run";
import { LineSplitter } from "../line_splitter";
import { ChildOutcome } from "./child_output";
import { OsuBenchmark } from "./osu_output";
import { OsuRun } from "./plan";

const TIMEOUT_SECONDS = 600;
const imageFolder = path.join(outputFolder, "images");

export function samplePath(benchmark: OsuBenchmark): string {
  return path.join(repositoryRoot, "samples", `osu_${benchmark}.ts`);
}

/** Guest memory: 256 MiB, or 64 MiB per core above four (gather's root holds ranks × 1 MiB). */
export function guestMemory(ranks: number): string {
  return `${Math.max(256, 64 * ranks)}M`;
}

/** Builds samples/osu_<benchmark>.ts; returns the image, or why there is none. */
export function buildSample(benchmark: OsuBenchmark): { image: string } | { skipped: string } {
  const source = samplePath(benchmark);
  if (!fs.existsSync(source)) return { skipped: `${path.relative(repositoryRoot, source)} does not exist yet` };
  fs.mkdirSync(imageFolder, { recursive: true });
  const image = path.join(imageFolder, `osu_${benchmark}.elf`);
  const built = loadBuildDriver().build({ entry: source, output: image, optimisation: 2, emit: "elf" });
  if (!built.ok) return { skipped: `building ${path.relative(repositoryRoot, source)} failed:\n${formatDiagnostics(built.diagnostics, repositoryRoot)}` };
  return { image };
}

/** Keeps the guest's whole output and hands each line on as it arrives. */
class OutputLines extends Writable {
  text = "";
  private readonly lines: LineSplitter;

  constructor(onLine: (line: string) => void) {
    super({ decodeStrings: false });
    this.lines = new LineSplitter(onLine);
  }

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    this.text += text;
    this.lines.push(text);
    callback();
  }
}

export async function runSample(image: string, run: OsuRun, accel: Accelerator, onLine: (line: string) => void): Promise<ChildOutcome> {
  const output = new OutputLines(onLine);
  const outcome = await runImage({
    image,
    cores: run.ranks,
    memory: guestMemory(run.ranks),
    accel,
    timeoutSeconds: TIMEOUT_SECONDS,
    programArgs: run.args,
    output,
  });
  if (outcome.kind === "exited" && outcome.code === 0) return { ok: true, text: output.text };
  const why = outcome.kind === "exited" ? `exit status ${outcome.code}` : outcome.kind === "timeout" ? `no end within ${outcome.seconds} s` : `QEMU failed: ${outcome.message.split("\n")[0]}`;
  return { ok: false, failure: why, text: output.text };
}

// Booting benchmark images (build_programs.ts) with every console line
// stamped with its host arrival time.
//
// A boot goes through the same runner as `torotsc run` (compiler/run/qemu.ts),
// with an explicit accelerator; host time counts from just before QEMU is
// spawned. Boots run in a child process (guest_process.ts) that loads
// neither TypeScript nor LLVM (nothing here imports them): QEMU writes the
// console a byte at a time, and stamping that stream in the harness's own
// large heap (after the builds) added garbage-collection pauses of
// milliseconds to the arrival times.
import { fork } from "child_process";
import * as path from "path";
import { Writable } from "stream";
import { runImage } from "../compiler/run/qemu";
import { LineClock, TimedLine } from "./guest_output";

export type Accelerator = "kvm" | "tcg";

export interface GuestRequest {
  /** A file name in bench/programs/, without ".ts". */
  program: string;
  cores: number;
  accel: Accelerator;
  /** For the progress line: what this run measures. */
  label: string;
}

export interface GuestResult {
  /** The program exited with status 0. */
  ok: boolean;
  /** Why not, when not ok: the exit status, a timeout or QEMU's failure, with the output's end. */
  failure?: string;
  lines: TimedLine[];
  /** Host seconds from spawning QEMU to its end. */
  hostSeconds: number;
}

const TIMEOUT_SECONDS = 300;
const MEMORY = "256M";

class TimestampingOutput extends Writable {
  readonly clock = new LineClock();

  constructor(private readonly started: bigint) {
    super({ decodeStrings: false });
  }

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    this.clock.receive(text, secondsSince(this.started));
    callback();
  }
}

export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Boots `image` in a fresh child process (guest_process.ts) and returns what it measured. */
export function runGuestInChild(image: string, request: GuestRequest): Promise<GuestResult> {
  return new Promise<GuestResult>((resolve, reject) => {
    const child = fork(path.join(__dirname, "guest_process.js"), [image, JSON.stringify(request)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let result: GuestResult | undefined;
    child.on("message", (message: GuestResult) => {
      result = message;
    });
    child.on("error", reject);
    child.on("exit", (status) => {
      if (result) resolve(result);
      else reject(new Error(`the guest process for ${request.label} ended with status ${status} and no result`));
    });
  });
}

/** Boots `image` in this process. */
export async function runGuest(image: string, request: GuestRequest): Promise<GuestResult> {
  const started = process.hrtime.bigint();
  const output = new TimestampingOutput(started);
  const outcome = await runImage({
    image,
    cores: request.cores,
    memory: MEMORY,
    accel: request.accel,
    timeoutSeconds: TIMEOUT_SECONDS,
    programArgs: [],
    output,
  });
  const hostSeconds = secondsSince(started);
  output.clock.finish(hostSeconds);
  const lines = output.clock.lines;
  if (outcome.kind === "exited" && outcome.code === 0) return { ok: true, lines, hostSeconds };
  const tail = lines.slice(-3).map((line) => line.text).join(" / ");
  return { ok: false, failure: `${describeOutcome(outcome)}${tail === "" ? "" : `; output ends: ${tail}`}`, lines, hostSeconds };
}

function describeOutcome(outcome: Awaited<ReturnType<typeof runImage>>): string {
  switch (outcome.kind) {
    case "exited":
      return `exit status ${outcome.code}`;
    case "timeout":
      return `no end within ${outcome.seconds} s`;
    case "qemu-failed":
      return `QEMU failed: ${outcome.message.split("\n")[0]}`;
  }
}

/** A request and what its run gave. */
export interface CompletedRun {
  request: GuestRequest;
  result: GuestResult;
}

// Booting a kernel image under QEMU and reporting how the guest ended.
//
// Takes an ELF image built by the driver (PVH entry note, runtime linked in)
// and gives a RunOutcome: the guest's exit code, a timeout, or a QEMU that
// failed. The guest's serial console (COM1 on QEMU's stdout) is streamed to
// the caller's output line by line as it arrives, with the TypeScript
// location appended to a CPU exception's panic line (panic_location.ts).
// The machine is QEMU's `microvm` with only what the runtime uses: COM1, the
// isa-debug-exit device at port 0xf4 (exit_status.ts explains how its status
// is mapped back), and the ACPI tables (on by default) through which the
// kernel finds the cores.
import { spawn } from "child_process";
import { Accelerator, resolveAccelerator } from "./accelerator";
import { classifyQemuEnd, RunOutcome } from "./exit_status";
import { LineOutput } from "./line_output";
import { withPanicLocation } from "./panic_location";
import { encodeKernelCommandLine } from "./program_arguments";

export type { Accelerator } from "./accelerator";
export { resolveAccelerator } from "./accelerator";
export type { RunOutcome } from "./exit_status";

export const QEMU_PROGRAM = "qemu-system-x86_64";
/** The kernel's limit (runtime/kernel/arch/x86_64/core_records.ts and memory/pools.ts). */
export const MAXIMUM_CORES = 64;

export interface RunOptions {
  /** The kernel image (ELF with a PVH note). */
  image: string;
  /** Virtual CPUs (-smp): the program runs once on each. */
  cores: number;
  /** Guest RAM in QEMU's syntax (-m), e.g. "128M". */
  memory: string;
  accel: Accelerator;
  /** Wall-clock limit; 0 means none. */
  timeoutSeconds: number;
  /** The program's arguments, read in the guest with toro/kernel arg(i). */
  programArgs: string[];
  /** Start every console line with the writing instance's rank, "[3] " (kernel option tag-output). */
  tagOutput?: boolean;
  /** Append the TypeScript location to CPU-exception panic lines (default true). */
  symbolize?: boolean;
  /** Receives the guest's serial output. */
  output: NodeJS.WritableStream;
}

/** Kernel options for the guest's command line (runtime/kernel/command_line.ts). */
export const TAG_OUTPUT_OPTION = "tag-output";

/** QEMU prints this when KVM cannot go on; the guest is then stopped, not ended. */
const KVM_INTERNAL_ERROR = "KVM internal error";
/** Enough of stderr to explain a failure; the rest is dropped. */
const STDERR_LIMIT = 64 * 1024;

/**
 * The full command (program first). Kernel options and program arguments
 * travel through -append, encoded by encodeKernelCommandLine; microvm's own
 * additions to the command line (virtio-mmio device lists) are turned off so
 * the kernel sees only those.
 */
export function qemuCommandLine(options: RunOptions, accel: "kvm" | "tcg"): string[] {
  const accelerator =
    accel === "kvm"
      ? // `-cpu host` alone makes QEMU 7.2 abort on the hosts we use ("failed to
        // set MSR 0x10a", IA32_ARCH_CAPABILITIES).
        ["-accel", "kvm", "-cpu", "host,-arch-capabilities"]
      : ["-accel", "tcg,thread=multi", "-cpu", "max"];
  const command = [
    QEMU_PROGRAM,
    "-M", "microvm,auto-kernel-cmdline=off",
    ...accelerator,
    "-smp", String(options.cores),
    "-m", options.memory,
    "-nodefaults", "-no-user-config",
    "-display", "none",
    "-serial", "stdio",
    "-no-reboot",
    "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
    "-kernel", options.image,
  ];
  const kernelOptions = options.tagOutput === true ? [TAG_OUTPUT_OPTION] : [];
  if (kernelOptions.length > 0 || options.programArgs.length > 0) {
    command.push("-append", encodeKernelCommandLine(kernelOptions, options.programArgs));
  }
  return command;
}

export async function runImage(options: RunOptions): Promise<RunOutcome> {
  checkOptions(options);
  const accel = resolveAccelerator(options.accel);
  const [program, ...args] = qemuCommandLine(options, accel);
  return new Promise<RunOutcome>((resolve) => {
    let stderr = "";
    let settled = false;
    let timedOut = false;
    let stoppedByKvm = false;
    const finish = (outcome: RunOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };

    // stdin is not QEMU's: with a terminal there, -serial stdio would switch
    // it to raw mode.
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"] });
    const timer =
      options.timeoutSeconds > 0
        ? setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
          }, options.timeoutSeconds * 1000)
        : undefined;

    // The console writes UTF-8; decoding here (setEncoding keeps a character
    // split across chunks whole) hands the output whole characters.
    const symbolize = options.symbolize !== false;
    const lines = new LineOutput(
      (text) => {
        if (!options.output.write(text)) {
          child.stdout.pause();
          options.output.once("drain", () => child.stdout.resume());
        }
      },
      (line) => (symbolize ? withPanicLocation(line, options.image) : line),
    );
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => lines.push(text));
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text: string) => {
      if (stderr.length < STDERR_LIMIT) stderr += text;
      if (!stoppedByKvm && stderr.includes(KVM_INTERNAL_ERROR)) {
        stoppedByKvm = true;
        child.kill("SIGKILL");
      }
    });

    child.on("error", (error: Error) => {
      finish({ kind: "qemu-failed", message: `could not start ${program}: ${error.message}` });
    });
    child.on("close", (status: number | null, signal: NodeJS.Signals | null) => {
      lines.end();
      if (timedOut) {
        finish({ kind: "timeout", seconds: options.timeoutSeconds });
      } else if (stoppedByKvm) {
        finish({ kind: "qemu-failed", message: kvmFailureMessage(stderr) });
      } else {
        finish(classifyQemuEnd({ status, signal, stderr }));
      }
    });
  });
}

function kvmFailureMessage(stderr: string): string {
  const lines = stderr
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("extra data"))
    .slice(0, 2);
  return (
    `KVM stopped the guest (the host's KVM could not run an instruction; ` +
    `try --accel tcg):\n${lines.join("\n")}`
  );
}

function checkOptions(options: RunOptions): void {
  if (!Number.isInteger(options.cores) || options.cores < 1 || options.cores > MAXIMUM_CORES) {
    throw new Error(`cores must be a whole number from 1 to ${MAXIMUM_CORES} (it is ${options.cores})`);
  }
  if (!(options.timeoutSeconds >= 0)) {
    throw new Error(`timeoutSeconds must be 0 (no limit) or positive (it is ${options.timeoutSeconds})`);
  }
}

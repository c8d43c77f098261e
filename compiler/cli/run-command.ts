// `torotsc run <file.ts|image.elf>`: builds the program when given a source
// (into the cache described in image-cache.ts), boots the image under QEMU,
// streams what the guest prints to stdout, and exits with the guest's status.
//
// Takes the parsed command line; gives an exit status: the guest's own, or
// 1 (compile errors), 124 (timeout), 125 (QEMU failed).
import * as fs from "fs";
import { Argv } from "yargs";
import type { OptimisationLevel } from "../driver/build";
import { Accelerator, resolveAccelerator, runImage } from "../run/qemu";
import { CommandFailed } from "./errors";
import { ExitStatus, exitStatusHelp } from "./exit-status";
import { cachedImageFor, discardImage, publishImage } from "./image-cache";
import { readableInputFile } from "./input-file";
import { loadBuildDriver } from "./load-build-driver";
import { optimisationOption } from "./optimisation-option";
import { reportDiagnostics } from "./report-diagnostics";
import { acceleratorChoices, defaultMemoryMebibytes, maximumCores, parseCores, parseMemorySize, parseTimeout } from "./run-options";

export function addRunCommand(parser: Argv, finish: (status: number) => void): Argv {
  return parser.command(
    "run <file>",
    "Build a program (or take a built image) and boot it under QEMU",
    (command) =>
      command
        .usage("$0 run <file> [options] [-- program arguments]\n\nBuild a program (or take a built image) and boot it under QEMU")
        .positional("file", { type: "string", demandOption: true, describe: "A program (.ts) or a built image (.elf)" })
        // No yargs type on these three: the coerce functions validate the raw text.
        .option("cores", {
          default: 1,
          coerce: parseCores,
          describe: `Cores to boot, 1 to ${maximumCores}; the program runs once on each (its rank is rank() of toro/kernel)`,
        })
        .option("mem", {
          coerce: parseMemorySize,
          describe: "Guest memory, such as 128M or 1G (default: 128M, or 16M per core above 8 cores)",
        })
        .option("accel", {
          choices: acceleratorChoices,
          default: "auto" as Accelerator,
          describe: "Accelerator: kvm, tcg, or auto (kvm when /dev/kvm is usable, else tcg; TOROTSC_ACCEL=kvm|tcg overrides auto)",
        })
        .option("timeout", {
          default: 60,
          coerce: parseTimeout,
          describe: "Kill the guest after this many seconds (exit status 124)",
        })
        .option("tag-output", {
          type: "boolean",
          default: false,
          describe: 'Start every line the program prints with its rank in brackets, "[3] ", as mpirun --tag-output does',
        })
        .option("O", optimisationOption)
        .option("verbose", { type: "boolean", default: false, describe: "Say which image is booted, and how" })
        .example("$0 run hello.ts", "builds and boots hello.ts")
        .example("$0 run sort.ts --mem 1G -- 100000", "passes 100000 to the program (arg(0))")
        .example("$0 run hello_cores.ts --cores 4 --tag-output", "runs 4 instances; each line starts with [rank]")
        .epilogue(
          "A source is built into .torotsc-cache/<name>.O<level>.elf beside it (in a per-user folder " +
            "under the system's temporary folder when that one is not writable); the image is kept.\n\n" +
            exitStatusHelp,
        ),
    async (options) => {
      finish(
        await runProgram({
          file: options.file,
          cores: options.cores,
          memoryMebibytes: options.mem ?? defaultMemoryMebibytes(options.cores),
          accelerator: options.accel,
          timeoutSeconds: options.timeout,
          optimisation: options.O,
          programArguments: programArgumentsOf(options),
          tagOutput: options["tag-output"],
          verbose: options.verbose,
        }),
      );
    },
  );
}

export interface RunCommandOptions {
  file: string;
  cores: number;
  memoryMebibytes: number;
  accelerator: Accelerator;
  timeoutSeconds: number;
  optimisation: OptimisationLevel;
  programArguments: string[];
  tagOutput: boolean;
  verbose: boolean;
}

export async function runProgram(options: RunCommandOptions): Promise<number> {
  const input = readableInputFile(options.file);
  if (!isElfImage(input) && !input.endsWith(".ts")) {
    throw new CommandFailed(`'${options.file}' is neither a TypeScript source (.ts) nor an ELF image`, ExitStatus.usage);
  }
  const image = isElfImage(input) ? input : buildIntoCache(input, options.optimisation);
  if (image === undefined) return ExitStatus.compileErrors;
  if (options.verbose) {
    const accelerator = resolveAccelerator(options.accelerator);
    process.stderr.write(`torotsc: booting ${image} (${options.cores} core(s), ${options.memoryMebibytes}M, ${accelerator})\n`);
  }
  const outcome = await runImage({
    image,
    cores: options.cores,
    memory: `${options.memoryMebibytes}M`,
    accel: options.accelerator,
    timeoutSeconds: options.timeoutSeconds,
    programArgs: options.programArguments,
    tagOutput: options.tagOutput,
    output: process.stdout,
  });
  switch (outcome.kind) {
    case "exited":
      return outcome.code;
    case "timeout":
      process.stderr.write(`torotsc: guest did not finish within ${outcome.seconds} s; killed\n`);
      return ExitStatus.timeout;
    case "qemu-failed":
      process.stderr.write(`torotsc: QEMU failed: ${outcome.message}\n`);
      return ExitStatus.qemuFailed;
  }
}

/** Builds a source into the cache; returns the image, or undefined after printing compile errors. */
function buildIntoCache(source: string, optimisation: OptimisationLevel): string | undefined {
  const { build } = loadBuildDriver();
  const image = cachedImageFor(source, optimisation);
  try {
    const result = build({ entry: source, output: image.temporaryPath, finalImagePath: image.finalPath, optimisation, emit: "elf" });
    const status = reportDiagnostics(result, "build driver");
    return status === ExitStatus.success ? publishImage(image) : undefined;
  } finally {
    discardImage(image);
  }
}

/** What followed `--` on the command line (yargs' populate-- puts it under "--"). */
function programArgumentsOf(options: { readonly [key: string]: unknown }): string[] {
  const rest = options["--"];
  return Array.isArray(rest) ? rest.map(String) : [];
}

/** True when the file starts with the ELF magic number, whatever its name. */
function isElfImage(file: string): boolean {
  const elfMagic = [0x7f, 0x45, 0x4c, 0x46];
  const start = new Uint8Array(elfMagic.length);
  const descriptor = fs.openSync(file, "r");
  try {
    const bytesRead = fs.readSync(descriptor, start, 0, start.length, 0);
    return bytesRead === start.length && elfMagic.every((byte, index) => start[index] === byte);
  } finally {
    fs.closeSync(descriptor);
  }
}

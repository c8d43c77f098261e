// `torotsc build <file.ts>`: compiles a program to a bootable ELF image, or
// stops after an intermediate form (--emit ll|bc|obj) for inspection.
//
// Takes the parsed command line; gives the build driver's result as
// diagnostics on stderr and an exit status (0 built, 1 compile errors).
import * as path from "path";
import { Argv } from "yargs";
import type { EmitKind, OptimisationLevel } from "../driver/build";
import { loadBuildDriver } from "./load-build-driver";
import { exitStatusHelp } from "./exit-status";
import { readableSourceFile } from "./input-file";
import { optimisationOption } from "./optimisation-option";
import { reportDiagnostics } from "./report-diagnostics";

const emitKinds: readonly EmitKind[] = ["ll", "bc", "obj", "elf"];

/** The file extension of each kind of output. */
const extensionOf: Record<EmitKind, string> = { ll: ".ll", bc: ".bc", obj: ".o", elf: ".elf" };

export function addBuildCommand(parser: Argv, finish: (status: number) => void): Argv {
  return parser.command(
    "build <file>",
    "Compile a program to a bootable unikernel image",
    (command) =>
      command
        .positional("file", { type: "string", demandOption: true, describe: "The program's entry module (.ts)" })
        .option("output", {
          alias: "o",
          type: "string",
          requiresArg: true,
          describe: "Where to write the result [default: <file name><extension> in the current directory]",
        })
        .option("O", optimisationOption)
        .option("emit", {
          choices: emitKinds,
          default: "elf" as EmitKind,
          describe: "What to produce: LLVM IR text, bitcode, an object file, or the linked image",
        })
        .option("verbose", { type: "boolean", default: false, describe: "Print the path of the file written" })
        .example("$0 build hello.ts", "writes hello.elf")
        .example("$0 build hello.ts -O0 --emit ll", "writes unoptimised LLVM IR to hello.ll")
        .epilogue(exitStatusHelp),
    (options) => {
      finish(
        runBuild({
          file: options.file,
          output: options.output,
          optimisation: options.O,
          emit: options.emit,
          verbose: options.verbose,
        }),
      );
    },
  );
}

export interface BuildCommandOptions {
  file: string;
  output: string | undefined;
  optimisation: OptimisationLevel;
  emit: EmitKind;
  verbose: boolean;
}

export function runBuild(options: BuildCommandOptions): number {
  const entry = readableSourceFile(options.file);
  const output = path.resolve(options.output ?? defaultOutput(entry, options.emit));
  const { build } = loadBuildDriver();
  const result = build({ entry, output, optimisation: options.optimisation, emit: options.emit });
  const status = reportDiagnostics(result, "build driver");
  if (result.ok && options.verbose) process.stdout.write(`${result.outputPath ?? output}\n`);
  return status;
}

/** `dir/prog.ts` built with --emit obj becomes `prog.o` in the current directory, as cc does. */
export function defaultOutput(entry: string, emit: EmitKind): string {
  return path.parse(entry).name + extensionOf[emit];
}

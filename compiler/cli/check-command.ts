// `torotsc check <file.ts>`: runs the front end, dialect checks and typing
// without generating code, for editors and quick feedback. Gives diagnostics
// on stderr and exit status 1 when any is an error, else 0.
import { Argv } from "yargs";
import { exitStatusHelp } from "./exit-status";
import { readableSourceFile } from "./input-file";
import { loadBuildDriver } from "./load-build-driver";
import { reportDiagnostics } from "./report-diagnostics";

export function addCheckCommand(parser: Argv, finish: (status: number) => void): Argv {
  return parser.command(
    "check <file>",
    "Type-check a program against the dialect without building it",
    (command) =>
      command
        .positional("file", { type: "string", demandOption: true, describe: "The program's entry module (.ts)" })
        .epilogue(exitStatusHelp),
    (options) => {
      finish(runCheck(options.file));
    },
  );
}

export function runCheck(file: string): number {
  const entry = readableSourceFile(file);
  const { check } = loadBuildDriver();
  const result = check(entry);
  return reportDiagnostics(result, "checker");
}

// Checks that a file named on the command line can be read, before any phase
// touches it, so a typo gives one clear line instead of a failure deep inside.
import * as fs from "fs";
import * as path from "path";
import { CommandFailed } from "./errors";
import { ExitStatus } from "./exit-status";

/** Returns the file's absolute path, or throws CommandFailed (status 2) saying why it cannot be read. */
export function readableInputFile(file: string): string {
  const absolute = path.resolve(file);
  try {
    if (fs.statSync(absolute).isDirectory()) throw cannotRead(file, "is a directory");
    fs.accessSync(absolute, fs.constants.R_OK);
  } catch (error) {
    if (error instanceof CommandFailed) throw error;
    throw cannotRead(file, reasonOf(error));
  }
  return absolute;
}

/** Like readableInputFile, and the name must end in .ts. */
export function readableSourceFile(file: string): string {
  const absolute = readableInputFile(file);
  if (!absolute.endsWith(".ts")) {
    throw new CommandFailed(`'${file}' is not a TypeScript source (expected a .ts file)`, ExitStatus.usage);
  }
  return absolute;
}

function cannotRead(file: string, reason: string): CommandFailed {
  return new CommandFailed(`cannot read '${file}': ${reason}`, ExitStatus.usage);
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "ENOTDIR":
      return "no such file (a parent is not a directory)";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

// The torotsc command line: parses arguments with yargs, dispatches to one
// command per file (build-command.ts, run-command.ts, check-command.ts), and
// turns every outcome into an exit status (see exit-status.ts).
//
// Invariant: whatever happens, the user sees torotsc's own messages, never a
// JavaScript stack trace (unless TOROTSC_DEBUG=1 asks for it on internal errors).
import * as fs from "fs";
import * as path from "path";
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { toolchainRoot } from "../paths";
import { addBuildCommand } from "./build-command";
import { addCheckCommand } from "./check-command";
import { CommandFailed, InvalidArgument, UsageError } from "./errors";
import { ExitStatus, exitStatusHelp } from "./exit-status";
import { addRunCommand } from "./run-command";

/** Runs one command line and returns its exit status; writes only to stdout and stderr. */
export async function main(commandLine: readonly string[]): Promise<number> {
  let status: number = ExitStatus.success;
  const finish = (commandStatus: number): void => {
    status = commandStatus;
  };
  try {
    await createParser(commandLine, finish).parseAsync();
    return status;
  } catch (error) {
    return reportFailure(error);
  }
}

/** The entry point used by bin/torotsc: runs main, then exits once output is flushed. */
export function runCommandLine(commandLine: readonly string[] = hideBin(process.argv)): void {
  // Errors escaping from callbacks (a child process's event handler, say)
  // are still bugs of ours: report them the same way as the rest.
  process.on("uncaughtException", (error) => exitAfterFlush(reportFailure(error)));
  process.on("unhandledRejection", (error) => exitAfterFlush(reportFailure(error)));
  main(commandLine).then(exitAfterFlush, (error) => exitAfterFlush(reportFailure(error)));
}

function createParser(commandLine: readonly string[], finish: (status: number) => void) {
  let parser = yargs(spellOptimisationInFull(commandLine))
    .scriptName("torotsc")
    .usage("$0 <command> [options]\n\nCompile the torotsc TypeScript dialect to a bootable x86-64 unikernel and run it.")
    // Arguments after `--` are the guest program's (run-command.ts reads them).
    // Without camel-case expansion an unknown --some-option is reported once, as typed.
    .parserConfiguration({ "populate--": true, "camel-case-expansion": false })
    .exitProcess(false)
    .fail(rejectCommandLine);
  parser = addBuildCommand(parser, finish);
  parser = addRunCommand(parser, finish);
  parser = addCheckCommand(parser, finish);
  return parser
    .demandCommand(1, "no command given")
    .strict()
    .version(toolchainVersion())
    .help()
    .alias("help", "h")
    .epilogue(exitStatusHelp);
}

/**
 * Rewrites `-O<level>` as `--optimisation=<level>` (before any `--`): yargs
 * reads `-O2` correctly but `-Ofast` as the flags -O -f -a -s -t, which would
 * hide the real mistake behind "unknown arguments: f, a, s, t".
 */
function spellOptimisationInFull(commandLine: readonly string[]): string[] {
  const endOfOptions = commandLine.indexOf("--");
  return commandLine.map((argument, index) => {
    if (endOfOptions !== -1 && index > endOfOptions) return argument;
    const match = /^-O(.+)$/.exec(argument);
    return match ? `--optimisation=${match[1]}` : argument;
  });
}

/**
 * yargs' failure hook, called for usage errors: yargs' own (unknown command or
 * option, missing argument; `error` is absent or a YError, which also wraps
 * errors from coerce callbacks) and InvalidArgument from our checks. Any
 * other error is a bug in a check and is passed on, to be reported as one.
 */
function rejectCommandLine(
  message: string | null | undefined,
  error: Error | undefined,
  parser: { showHelp(print: (text: string) => void): unknown },
): never {
  if (error && !(error instanceof InvalidArgument) && error.name !== "YError") throw error;
  let usage = "";
  parser.showHelp((text) => {
    usage = text;
  });
  throw new UsageError(oneLineReason(message ?? error?.message ?? "invalid arguments"), usage);
}

/** yargs' messages, made to fit on one line and to name things as this tool's help does. */
function oneLineReason(message: string): string {
  const flattened = message.replace(/\s*\n\s*/g, " ").trim();
  if (/^Not enough non-option arguments/.test(flattened)) return "missing the <file> argument";
  return flattened;
}

function reportFailure(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.usage}\n\ntorotsc: ${error.reason}\n`);
    return error.status;
  }
  if (error instanceof CommandFailed) {
    process.stderr.write(`torotsc: ${error.message}\n`);
    return error.status;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`torotsc: internal error: ${message}\n`);
  if (process.env.TOROTSC_DEBUG === "1" && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  } else {
    process.stderr.write("torotsc: (set TOROTSC_DEBUG=1 for the stack trace)\n");
  }
  return ExitStatus.internalError;
}

function toolchainVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(toolchainRoot, "package.json"), "utf8")) as { version?: string };
  return manifest.version ?? "unknown";
}

/** process.exit can cut off output still queued for a pipe; wait for both streams to drain first. */
function exitAfterFlush(status: number): void {
  let pending = 2;
  const done = (): void => {
    pending -= 1;
    if (pending === 0) process.exit(status);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

// Runs the real bin/torotsc in a child process, as a user's shell would, and
// collects what it did. Shared by the tests in this folder.
import { spawnSync } from "child_process";
import * as path from "path";

/** Compiled to build/tests/cli/, three levels below the repository root. */
export const repositoryRoot = path.resolve(__dirname, "..", "..", "..");
export const torotscBinary = path.join(repositoryRoot, "bin", "torotsc");
export const fixtureFolder = path.join(repositoryRoot, "tests", "fixtures", "cli");

export interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `torotsc <arguments>`, run in `workingFolder` (the repository root unless
 * given), with a wall-clock limit so that a hang fails the test.
 */
export function torotsc(commandLine: readonly string[], limitSeconds = 60, workingFolder = repositoryRoot): Outcome {
  const result = spawnSync(process.execPath, [torotscBinary, ...commandLine], {
    cwd: workingFolder,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: limitSeconds * 1000,
    killSignal: "SIGKILL",
    env: withoutDebugStackTraces(process.env),
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function fixture(name: string): string {
  return path.join(fixtureFolder, name);
}

/** A line such as `    at build (/x/build.js:3:9)`: what the user must never see. */
export const stackTraceLine = /^\s+at .*(:\d+:\d+\)?|\(native\)|<anonymous>)\s*$/m;

/** A summary of an outcome for assertion messages. */
export function describe(outcome: Outcome): string {
  return `status ${outcome.status}\n--- stdout\n${outcome.stdout}\n--- stderr\n${outcome.stderr}`;
}

function withoutDebugStackTraces(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...environment };
  delete copy.TOROTSC_DEBUG;
  return copy;
}

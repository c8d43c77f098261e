// The ways a command stops early on purpose: a usage error, a bad option value,
// a problem with an input file. Anything else that is thrown is a bug in
// torotsc and is reported by main.ts as an internal error.
import { ExitStatus } from "./exit-status";

/**
 * A problem the user can fix, reported as `torotsc: <message>` with no usage
 * text: an input file that cannot be read, say.
 */
export class CommandFailed extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * An option value that fails validation. Thrown from yargs `check` and
 * `coerce` callbacks, so yargs reports it as a usage error (usage text, the
 * reason, exit status 2) rather than as a failure of the command.
 */
export class InvalidArgument extends Error {}

/** The command line itself is wrong: main.ts prints `usage`, then `reason`. */
export class UsageError extends Error {
  readonly status = ExitStatus.usage;
  constructor(
    readonly reason: string,
    readonly usage: string,
  ) {
    super(reason);
  }
}

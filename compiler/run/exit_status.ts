// How a QEMU process ended, translated into what the guest meant.
//
// The guest reports its exit code through QEMU's isa-debug-exit device:
// writing v to port 0xf4 makes QEMU exit with status (v << 1) | 1. So an odd
// status carries the guest's code (v = (status - 1) / 2, for v in 0..127
// since the host keeps 8 bits), and an even status means the guest never
// wrote one: with -no-reboot a triple fault or a shutdown ends QEMU with 0.
// QEMU itself also exits with 1 when it cannot start (bad option, missing
// kernel); that is told apart from a guest exit(0) by stderr, where QEMU
// then prints an error line (anything but "...warning:..." lines).

export type RunOutcome =
  | { kind: "exited"; code: number }
  | { kind: "timeout"; seconds: number }
  | { kind: "qemu-failed"; message: string };

export interface QemuEnd {
  /** The exit status, or null when QEMU was ended by a signal. */
  status: number | null;
  signal: string | null;
  /** Everything QEMU wrote to stderr. */
  stderr: string;
}

/** The guest's exit code carried by a QEMU exit status, if there is one. */
export function guestExitCode(status: number): number | undefined {
  if (!Number.isInteger(status) || status < 0 || status % 2 === 0) return undefined;
  return (status - 1) / 2;
}

/** Lines of QEMU's stderr that report errors rather than warnings. */
export function qemuErrorLines(stderr: string): string[] {
  return stderr
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line !== "" && !/\bwarning:/i.test(line));
}

export function classifyQemuEnd(end: QemuEnd): RunOutcome {
  const errors = qemuErrorLines(end.stderr);
  if (end.status === null) {
    return failed(`QEMU was ended by signal ${end.signal ?? "(unknown)"}`, errors);
  }
  const code = guestExitCode(end.status);
  if (code === undefined) {
    return failed(
      `QEMU exited with status ${end.status} without an exit code from the guest ` +
        "(a triple fault or a reset)",
      errors,
    );
  }
  if (code === 0 && errors.length > 0) {
    return failed("QEMU could not start the guest", errors);
  }
  return { kind: "exited", code };
}

function failed(summary: string, errorLines: string[]): RunOutcome {
  const message = errorLines.length === 0 ? summary : `${summary}:\n${errorLines.join("\n")}`;
  return { kind: "qemu-failed", message };
}

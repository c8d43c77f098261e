// The exit statuses of the torotsc command, in one place so that the help
// text, the commands and the tests agree.
//
// `torotsc run` otherwise exits with the guest program's own status (0..255),
// so the toolchain's statuses sit where programs rarely put theirs: 2 as in
// most Unix tools, 70 (EX_SOFTWARE) for our own bugs, and 124/125 as GNU
// `timeout` uses them.
export const ExitStatus = {
  success: 0,
  /** The program has compile errors (diagnostics were printed). */
  compileErrors: 1,
  /** Bad command line: unknown command or option, bad value, unreadable input file. */
  usage: 2,
  /** An unexpected failure inside torotsc itself. */
  internalError: 70,
  /** `run`: the guest did not finish within --timeout seconds and was killed. */
  timeout: 124,
  /** `run`: QEMU could not be started or failed on its own. */
  qemuFailed: 125,
} as const;

/** The table above as help text, shown by `--help`. */
export const exitStatusHelp =
  "Exit status: 0 success; 1 compile errors; 2 bad command line or unreadable file; " +
  "70 internal error. `run` exits with the guest program's own status, or 124 when the guest " +
  "did not finish within --timeout, 125 when QEMU failed.";

// Prints a phase's diagnostics for a person reading a terminal, and turns them
// into the command's exit status.
import { Diagnostic } from "../diagnostics/diagnostic";
import { formatDiagnostics } from "../diagnostics/format";
import { ExitStatus } from "./exit-status";

/** Writes the diagnostics (if any) to stderr; returns 1 when any is an error, else 0. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[]): number {
  if (diagnostics.length > 0) process.stderr.write(formatDiagnostics(diagnostics) + "\n");
  const hasErrors = diagnostics.some((diagnostic) => diagnostic.severity === "error");
  return hasErrors ? ExitStatus.compileErrors : ExitStatus.success;
}

// Prints a phase's diagnostics for a person reading a terminal, and turns them
// into the command's exit status.
import { Diagnostic } from "../diagnostics/diagnostic";
import { formatDiagnostics } from "../diagnostics/format";
import { ExitStatus } from "./exit-status";

/**
 * Writes the diagnostics (if any) to stderr; returns 1 when the phase failed,
 * else 0. A phase fails exactly when it reports an error: a failure without
 * one would leave the user with no reason, so it is treated as our bug.
 */
export function reportDiagnostics(result: { ok: boolean; diagnostics: readonly Diagnostic[] }, phase: string): number {
  const { ok, diagnostics } = result;
  if (diagnostics.length > 0) process.stderr.write(formatDiagnostics(diagnostics) + "\n");
  const hasErrors = diagnostics.some((diagnostic) => diagnostic.severity === "error");
  if (ok === hasErrors) {
    const found = hasErrors ? "with error diagnostics" : "without an error diagnostic";
    throw new Error(`the ${phase} reported ${ok ? "success" : "failure"} ${found}`);
  }
  return hasErrors ? ExitStatus.compileErrors : ExitStatus.success;
}

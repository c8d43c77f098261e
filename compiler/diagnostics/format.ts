// Renders diagnostics as text: tsc's one-line format followed by a code frame.
//
//   samples/bad.ts(3,9): error TORO1003: 'any' is not in the dialect ...
//      3 | let x: any = 1;
//        |        ^^^
import * as path from "path";
import { Diagnostic, SourceLocation } from "./diagnostic";

export function formatDiagnostics(diagnostics: readonly Diagnostic[], baseDirectory = process.cwd()): string {
  return diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, baseDirectory)).join("\n");
}

export function formatDiagnostic(diagnostic: Diagnostic, baseDirectory = process.cwd()): string {
  const head = `${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
  if (!diagnostic.location) return `torotsc: ${head}`;
  const location = diagnostic.location;
  const file = displayPath(location.file, baseDirectory);
  return `${file}(${location.line},${location.column}): ${head}\n${codeFrame(location)}`;
}

function displayPath(file: string, baseDirectory: string): string {
  const relative = path.relative(baseDirectory, file);
  return relative.startsWith("..") ? file : relative;
}

/** The offending line with its number and a caret underline; multi-line spans underline the first line. */
export function codeFrame(location: SourceLocation): string {
  const lines = location.sourceText.split(/\r?\n/);
  const text = lines[location.line - 1] ?? "";
  const gutter = String(location.line).padStart(5);
  const blank = " ".repeat(gutter.length);
  const underlineLength = Math.max(1, Math.min(location.length, text.length - location.column + 1));
  const underline = " ".repeat(location.column - 1) + "^".repeat(underlineLength);
  return `${gutter} | ${text}\n${blank} | ${underline}`;
}

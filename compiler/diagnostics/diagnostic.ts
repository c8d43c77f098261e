// Diagnostics: the one shape every phase reports problems in.
//
// Codes: TS<n> are TypeScript's own (reported in tsc's format); TORO1xxx are
// constructs outside the dialect (front end, compiler/dialect/); TORO2xxx are
// typing errors of the dialect's own rules (compiler/types/); TORO3xxx are
// problems found while lowering (compiler/lower/); TORO9xxx are toolchain
// failures (a missing tool, an LLVM verifier error), which are our bugs.
import * as ts from "typescript";

export type Severity = "error" | "warning";

export interface Diagnostic {
  /** "TS2322" or "TORO1001". */
  code: string;
  severity: Severity;
  message: string;
  /** Absent for diagnostics not tied to a place in a file. */
  location?: SourceLocation;
}

export interface SourceLocation {
  file: string;
  /** 1-based, as editors and tsc print them. */
  line: number;
  column: number;
  /** Length of the offending text, for the code frame's underline. */
  length: number;
  /** The whole source text, for the code frame. */
  sourceText: string;
}

/** Thrown by a phase that cannot go on; carries what it found so far. */
export class CompilationFailed extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics.length} error(s)`);
  }
}

export function locationOfNode(node: ts.Node): SourceLocation {
  const sourceFile = node.getSourceFile();
  const start = node.getStart(sourceFile);
  return locationAt(sourceFile, start, node.getEnd() - start);
}

export function locationAt(sourceFile: ts.SourceFile, start: number, length: number): SourceLocation {
  const position = sourceFile.getLineAndCharacterOfPosition(start);
  return {
    file: sourceFile.fileName,
    line: position.line + 1,
    column: position.character + 1,
    length,
    sourceText: sourceFile.text,
  };
}

export function errorAt(node: ts.Node, code: string, message: string): Diagnostic {
  return { code, severity: "error", message, location: locationOfNode(node) };
}

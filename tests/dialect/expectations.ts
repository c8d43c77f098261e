// The diagnostics programs' own statement of what they expect, and the
// comparison of that statement with what the dialect checker reports.
//
// A line of a program in tests/diagnostics/ that ends with
//   // expect: TORO1001            (or several codes: // expect: TORO1003, TORO1005)
// must get exactly those codes, and a line without such a comment must get
// none. Several diagnostics of one code on one line count as that code once.
import * as fs from "fs";
import * as path from "path";
import { Diagnostic } from "../../compiler/diagnostics/diagnostic";

const EXPECT_COMMENT = /\/\/\s*expect:\s*((?:TORO\d{4}|TS\d+)(?:\s*,\s*(?:TORO\d{4}|TS\d+))*)\s*$/;

/** `line:code` keys, sorted, one per distinct (line, code). */
export type Findings = string[];

export function expectedFindings(sourceText: string): Findings {
  const findings = new Set<string>();
  sourceText.split(/\r?\n/).forEach((text, index) => {
    const match = EXPECT_COMMENT.exec(text);
    if (!match) return;
    for (const code of match[1].split(",")) findings.add(key(index + 1, code.trim()));
  });
  return sortFindings(findings);
}

export function actualFindings(diagnostics: readonly Diagnostic[]): Findings {
  const findings = new Set<string>();
  for (const diagnostic of diagnostics) findings.add(key(diagnostic.location?.line ?? 0, diagnostic.code));
  return sortFindings(findings);
}

function key(line: number, code: string): string {
  return `${line}:${code}`;
}

function sortFindings(findings: Set<string>): Findings {
  return [...findings].sort((left, right) => parseInt(left, 10) - parseInt(right, 10) || left.localeCompare(right));
}

export interface DiagnosticsProgram {
  /** Relative to tests/diagnostics/, with "/" separators. */
  name: string;
  file: string;
  /** Programs under tests/diagnostics/runtime/ are checked as runtime files. */
  isRuntime: boolean;
  /** `ok_*.ts` programs use only the dialect and expect no diagnostics. */
  isAccepted: boolean;
  /** The code a rejected program is named after: TORO1001 for TORO1001_any.ts. */
  namedCode?: string;
}

export function listDiagnosticsPrograms(diagnosticsDirectory: string): DiagnosticsProgram[] {
  const programs: DiagnosticsProgram[] = [];
  const collect = (directory: string, isRuntime: boolean): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory() && entry.name === "runtime") collect(file, true);
      else if (entry.isFile() && entry.name.endsWith(".ts")) programs.push(describeProgram(diagnosticsDirectory, file, isRuntime));
    }
  };
  collect(diagnosticsDirectory, false);
  return programs;
}

function describeProgram(diagnosticsDirectory: string, file: string, isRuntime: boolean): DiagnosticsProgram {
  const base = path.basename(file);
  const codeMatch = /^(TORO\d{4})_/.exec(base);
  return {
    name: path.relative(diagnosticsDirectory, file).split(path.sep).join("/"),
    file,
    isRuntime,
    isAccepted: base.startsWith("ok_"),
    namedCode: codeMatch?.[1],
  };
}

/** The checkout's root: the nearest folder above this file holding package.json (works from build/ too). */
export function repositoryRoot(): string {
  let folder = __dirname;
  while (!fs.existsSync(path.join(folder, "package.json"))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`no package.json above ${__dirname}`);
    folder = parent;
  }
  return folder;
}

// The golden corpus: where its programs are and what each is expected to do.
//
// Every tests/golden/<name>.ts is a program; <name>.out holds exactly what it
// prints, and <name>.status its exit status when that is not 0 (no .status
// file means 0). Modules under tests/golden/lib/ are helpers imported by the
// programs, not programs themselves. Golden programs run with no arguments.
import * as fs from "fs";
import * as path from "path";

export interface GoldenProgram {
  /** The file name without ".ts", e.g. "integer_wrapping". */
  name: string;
  sourceFile: string;
  outputFile: string;
  statusFile: string;
}

export interface GoldenExpectation {
  stdout: string;
  exitCode: number;
}

/** The arguments every golden program runs with. */
export const GOLDEN_PROGRAM_ARGS: readonly string[] = [];

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

export function goldenDirectory(): string {
  return path.join(repositoryRoot(), "tests", "golden");
}

/** Every golden program, sorted by name. */
export function listGoldenPrograms(): GoldenProgram[] {
  const directory = goldenDirectory();
  return fs
    .readdirSync(directory)
    .filter((entry) => entry.endsWith(".ts") && !entry.endsWith(".d.ts"))
    .sort()
    .map((entry) => goldenProgram(directory, entry.slice(0, -".ts".length)));
}

function goldenProgram(directory: string, name: string): GoldenProgram {
  return {
    name,
    sourceFile: path.join(directory, `${name}.ts`),
    outputFile: path.join(directory, `${name}.out`),
    statusFile: path.join(directory, `${name}.status`),
  };
}

export function readExpectation(program: GoldenProgram): GoldenExpectation {
  if (!fs.existsSync(program.outputFile)) {
    throw new Error(`${program.outputFile} is missing; regenerate with node build/tests/support/update-golden.js`);
  }
  const stdout = fs.readFileSync(program.outputFile, "utf8");
  const exitCode = fs.existsSync(program.statusFile) ? parseStatus(program.statusFile) : 0;
  return { stdout, exitCode };
}

function parseStatus(file: string): number {
  const text = fs.readFileSync(file, "utf8").trim();
  if (!/^[0-9]+$/.test(text)) throw new Error(`${file} should hold one non-negative integer, not "${text}"`);
  return Number(text);
}

/** Writes .out, and .status only when the status is not 0 (removing a stale one). */
export function writeExpectation(program: GoldenProgram, expectation: GoldenExpectation): void {
  fs.writeFileSync(program.outputFile, expectation.stdout);
  if (expectation.exitCode !== 0) {
    fs.writeFileSync(program.statusFile, `${expectation.exitCode}\n`);
  } else if (fs.existsSync(program.statusFile)) {
    fs.unlinkSync(program.statusFile);
  }
}

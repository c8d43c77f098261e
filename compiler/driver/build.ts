// The build driver: source file in, bootable ELF (or an intermediate) out.
//
// Phases, each in its own folder, each handing typed data to the next:
//   frontend/  parse and type-check with TypeScript against compiler/lib/dialect.d.ts
//   dialect/   reject constructs outside the dialect (TORO1xxx)
//   types/     give every expression its dialect type (TORO2xxx)
//   lower/     build LLVM IR through llvm/ (the only importer of llvm-bindings)
//   codegen/   link in the runtime's .ll, optimise (opt-14), emit (llc-14)
//   link/      assemble the boot code and link the image (ld.lld-14)
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CompilationFailed, Diagnostic } from "../diagnostics/diagnostic";
import { createDialectProgram, DialectProgram, isRuntimeFile } from "../frontend/program";
import { checkDialect } from "../dialect";
import { Typer } from "../types/typer";
import { lowerProgram } from "../lower/program";
import { bitcodeToText, compileToObject, optimise } from "../codegen/emit";
import { linkImage } from "../link/link";

export type OptimisationLevel = 0 | 1 | 2 | 3;
export type EmitKind = "ll" | "bc" | "obj" | "elf";

export interface BuildOptions {
  /** The program's entry module (a .ts file). */
  entry: string;
  /** Where to write the result; defaults to the entry's name with the emit kind's extension, in the current folder. */
  output?: string;
  optimisation: OptimisationLevel;
  emit: EmitKind;
  /**
   * For emit "elf": the name the image will finally have, when `output` is a
   * temporary one (the run command's cache); its debug file is this name
   * plus ".debug". Defaults to the output path.
   */
  finalImagePath?: string;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The file written, when ok. */
  outputPath?: string;
}

/** The symbols and DWARF of an image, beside it (link.ts). */
export function debugFileOf(imagePath: string): string {
  return `${imagePath}.debug`;
}

export interface CheckResult {
  ok: boolean;
  diagnostics: Diagnostic[];
}

const extensions: Record<EmitKind, string> = { ll: ".ll", bc: ".bc", obj: ".o", elf: ".elf" };

export function check(entry: string): CheckResult {
  try {
    const { diagnostics } = analyse(entry);
    return { ok: !diagnostics.some((diagnostic) => diagnostic.severity === "error"), diagnostics };
  } catch (error) {
    if (error instanceof CompilationFailed) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
}

export function build(options: BuildOptions): BuildResult {
  const outputPath = path.resolve(options.output ?? path.basename(options.entry).replace(/\.ts$/, "") + extensions[options.emit]);
  const workDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-"));
  try {
    const analysed = analyse(options.entry);
    if (analysed.diagnostics.some((diagnostic) => diagnostic.severity === "error")) return { ok: false, diagnostics: analysed.diagnostics };
    const irText = generateIr(analysed.program, analysed.typer);
    writeOutput(irText, options, outputPath, workDirectory);
    return { ok: true, diagnostics: analysed.diagnostics, outputPath };
  } catch (error) {
    if (error instanceof CompilationFailed) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  } finally {
    fs.rmSync(workDirectory, { recursive: true, force: true });
  }
}

/** The unoptimised IR of the whole image as text (for snapshots and `--emit ll -O0`). */
export function lowerToIr(entry: string): { ok: boolean; diagnostics: Diagnostic[]; text?: string } {
  try {
    const analysed = analyse(entry);
    if (analysed.diagnostics.some((diagnostic) => diagnostic.severity === "error")) return { ok: false, diagnostics: analysed.diagnostics };
    return { ok: true, diagnostics: analysed.diagnostics, text: generateIr(analysed.program, analysed.typer) };
  } catch (error) {
    if (error instanceof CompilationFailed) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
}

interface Analysis {
  program: DialectProgram;
  typer: Typer;
  diagnostics: Diagnostic[];
}

/**
 * Front end, dialect checks and typing. TypeScript's errors and the dialect's
 * are reported together (the dialect checker needs only syntax), in source
 * order; typing runs only on a program that passed both.
 */
function analyse(entry: string): Analysis {
  const program = createDialectProgram(entry);
  const typer = new Typer(program.checker);
  const dialectDiagnostics = checkDialect(program.sourceFiles, { isRuntimeFile: (file) => isRuntimeFile(file.fileName) });
  const frontEnd = inSourceOrder([...program.diagnostics, ...dialectDiagnostics]);
  if (frontEnd.length > 0) return { program, typer, diagnostics: frontEnd };
  for (const file of program.sourceFiles) typer.typeSourceFile(file);
  return { program, typer, diagnostics: inSourceOrder(typer.diagnostics) };
}

function inSourceOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  const position = (diagnostic: Diagnostic) => diagnostic.location ?? { file: "", line: 0, column: 0 };
  return [...diagnostics].sort((left, right) => {
    const a = position(left);
    const b = position(right);
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
  });
}

function generateIr(program: DialectProgram, typer: Typer): string {
  const programRoot = path.dirname(program.entry.fileName);
  const ir = lowerProgram(program.sourceFiles, program.entry, typer, program.checker, programRoot);
  const text = ir.text();
  const problem = ir.verify();
  if (problem) {
    throw new CompilationFailed([{ code: "TORO9003", severity: "error", message: `${problem} (a torotsc bug; use --emit ll -O0 to inspect)` }]);
  }
  return text;
}

function writeOutput(irText: string, options: BuildOptions, outputPath: string, workDirectory: string): void {
  const bitcode = optimise(irText, options.optimisation, { workDirectory });
  switch (options.emit) {
    case "ll":
      return bitcodeToText(bitcode, outputPath);
    case "bc":
      return fs.copyFileSync(bitcode, outputPath);
    case "obj":
      return compileToObject(bitcode, outputPath, options.optimisation);
    case "elf": {
      const object = path.join(workDirectory, "program.o");
      compileToObject(bitcode, object, options.optimisation);
      return linkImage(object, outputPath, debugFileOf(options.finalImagePath ?? outputPath), workDirectory);
    }
  }
}

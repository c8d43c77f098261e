// Front end: parse and type-check a dialect program with TypeScript's compiler API.
//
// Takes the entry file; gives a ts.Program whose only library is
// compiler/lib/dialect.d.ts, with the always-linked runtime modules as extra
// roots, and TypeScript's own errors as Diagnostics (code "TS<n>").
import * as ts from "typescript";
import * as path from "path";
import { Diagnostic, locationAt } from "../diagnostics/diagnostic";
import { dialectLibraryFile } from "../paths";
import { alwaysLinkedRuntimeFiles, isRuntimeFile, runtimeModuleFile } from "./runtime-modules";

export interface DialectProgram {
  program: ts.Program;
  checker: ts.TypeChecker;
  entry: ts.SourceFile;
  /** Every implementation file (program and runtime), without declaration files. */
  sourceFiles: ts.SourceFile[];
  /** TypeScript's own errors. */
  diagnostics: Diagnostic[];
}

export const dialectCompilerOptions: ts.CompilerOptions = {
  noLib: true,
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  noFallthroughCasesInSwitch: false,
  types: [],
};

export function createDialectProgram(entryFile: string, extraRoots: readonly string[] = alwaysLinkedRuntimeFiles()): DialectProgram {
  const entryPath = path.resolve(entryFile);
  const host = ts.createCompilerHost(dialectCompilerOptions, true);
  host.resolveModuleNameLiterals = (literals, containingFile, _redirect, options) =>
    literals.map((literal) => resolveModule(literal.text, containingFile, options, host));
  const rootNames = [dialectLibraryFile, ...extraRoots, entryPath];
  const program = ts.createProgram({ rootNames, options: dialectCompilerOptions, host });
  const entry = program.getSourceFile(entryPath);
  if (!entry) throw new Error(`cannot read '${entryFile}'`);
  const sourceFiles = program.getSourceFiles().filter((file) => !file.isDeclarationFile);
  return {
    program,
    checker: program.getTypeChecker(),
    entry,
    sourceFiles,
    diagnostics: ts.getPreEmitDiagnostics(program).map(toDiagnostic),
  };
}

function resolveModule(
  specifier: string,
  containingFile: string,
  options: ts.CompilerOptions,
  host: ts.CompilerHost,
): ts.ResolvedModuleWithFailedLookupLocations {
  const runtimeFile = runtimeModuleFile(specifier);
  if (runtimeFile) {
    return { resolvedModule: { resolvedFileName: runtimeFile, extension: ts.Extension.Ts, isExternalLibraryImport: false } };
  }
  return ts.resolveModuleName(specifier, containingFile, options, host);
}

function toDiagnostic(diagnostic: ts.Diagnostic): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const code = `TS${diagnostic.code}`;
  const severity = diagnostic.category === ts.DiagnosticCategory.Warning ? "warning" : "error";
  if (!diagnostic.file || diagnostic.start === undefined) return { code, severity, message };
  return { code, severity, message, location: locationAt(diagnostic.file, diagnostic.start, diagnostic.length ?? 1) };
}

export { isRuntimeFile };

// Type-checks golden programs with TypeScript against the dialect's own global
// library (compiler/lib/dialect.d.ts, with `noLib`), the way editors and the
// compiler's front end see them. Running under Node only transpiles, so this
// is what catches a golden program using something dialect.d.ts does not
// declare (a String method, a Math function) and so outside the dialect.
//
// `toro/kernel` is declared here from its documented surface until the
// runtime ships its own declaration file.
import * as path from "path";
import * as ts from "typescript";
import { goldenDirectory, repositoryRoot } from "./golden-programs";
import { dialectCompilerOptions } from "../../compiler/frontend/program";

const KERNEL_DECLARATION_FILE = "toro-kernel-for-golden-tests.d.ts";

const KERNEL_DECLARATION = `
declare module "toro/kernel" {
  export function exit(code: i32): void;
  export function panic(message: string): void;
  export function argCount(): i32;
  export function arg(index: i32): string;
}
`;

/**
 * The diagnostics TypeScript reports in these programs and the golden helper
 * modules they import, formatted; empty when clean. Problems inside
 * dialect.d.ts itself belong to the compiler's tests, not to the corpus.
 */
export function typeCheckPrograms(sourceFiles: readonly string[]): string {
  const options: ts.CompilerOptions = {
    ...dialectCompilerOptions,
    // The compiler builds one program at a time; here all golden programs
    // share one ts.Program, so each file must be its own module scope.
    moduleDetection: ts.ModuleDetectionKind.Force,
  };
  const dialectLibrary = path.join(repositoryRoot(), "compiler", "lib", "dialect.d.ts");
  const kernelDeclaration = path.join(repositoryRoot(), "build", KERNEL_DECLARATION_FILE);
  const host = hostWithVirtualFile(options, kernelDeclaration, KERNEL_DECLARATION);
  const program = ts.createProgram([...sourceFiles, dialectLibrary, kernelDeclaration], options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program).filter(isInGoldenCorpus);
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => repositoryRoot(),
    getNewLine: () => "\n",
  });
}

function hostWithVirtualFile(options: ts.CompilerOptions, virtualPath: string, text: string): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (file === virtualPath ? text : readFile(file));
  host.fileExists = (file) => file === virtualPath || fileExists(file);
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) =>
    file === virtualPath
      ? ts.createSourceFile(file, text, languageVersion)
      : getSourceFile(file, languageVersion, onError, shouldCreate);
  return host;
}

function isInGoldenCorpus(diagnostic: ts.Diagnostic): boolean {
  if (!diagnostic.file) return false;
  return path.resolve(diagnostic.file.fileName).startsWith(goldenDirectory() + path.sep);
}

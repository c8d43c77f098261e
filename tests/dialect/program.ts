// Programs for the dialect tests, built by the front end's own factory
// (compiler/frontend/program.ts) so that the tests see files exactly as the
// compiler does: noLib, compiler/lib/dialect.d.ts as the library, `toro/<name>`
// resolved to runtime/<name>/index.ts, and the runtime's low-level .d.ts
// modules (`toro/unsafe`, `toro/x86_64`) as extra roots.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { Diagnostic } from "../../compiler/diagnostics/diagnostic";
import { createDialectProgram } from "../../compiler/frontend/program";
import { runtimeModuleFile } from "../../compiler/frontend/runtime-modules";
import { repositoryRoot } from "./expectations";

export interface TestProgram {
  sourceFile: ts.SourceFile;
  /** TypeScript's own errors in `sourceFile`, without unresolved `toro/...` runtime modules that do not exist yet. */
  typeScriptErrors: Diagnostic[];
}

export function createTestProgram(file: string): TestProgram {
  const dialectProgram = createDialectProgram(file, runtimeDeclarationFiles());
  const sourceFile = dialectProgram.entry;
  const typeScriptErrors = dialectProgram.diagnostics.filter(
    (diagnostic) => diagnostic.location?.file === sourceFile.fileName && !isMissingRuntimeModule(diagnostic),
  );
  return { sourceFile, typeScriptErrors };
}

/** Every runtime/**.d.ts: the ambient low-level modules. */
export function runtimeDeclarationFiles(): string[] {
  const found: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith(".d.ts")) found.push(file);
    }
  };
  visit(path.join(repositoryRoot(), "runtime"));
  return found.sort();
}

/** TS2307 for `toro/<name>` whose runtime/<name>/index.ts is not written yet. */
function isMissingRuntimeModule(diagnostic: Diagnostic): boolean {
  const module = /Cannot find module '(toro\/[^']+)'/.exec(diagnostic.message)?.[1];
  return diagnostic.code === "TS2307" && module !== undefined && runtimeModuleFile(module) === undefined;
}

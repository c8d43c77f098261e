// The dialect checker: the front-end phase that rejects every TypeScript
// construct outside the torotsc dialect, each with its own located diagnostic
// (codes TORO1xxx, listed in codes.ts and docs/diagnostics.md).
//
// Takes the program's implementation files (application and runtime) as
// parsed by TypeScript; gives the diagnostics, in file and source order. It
// runs before typing, is purely syntactic (no type checker), and reports
// everything it finds rather than stopping at the first problem. Declaration
// files (.d.ts: the dialect's library, the runtime's intrinsic modules) are
// trusted and skipped. Each concept's checks live in their own file; this one
// only assembles them.
import * as ts from "typescript";
import { Diagnostic } from "../diagnostics/diagnostic";
import { buildDispatch } from "./check-table";
import { classChecks } from "./classes";
import { DialectContext } from "./context";
import { declarationChecks } from "./declarations";
import { expressionChecks } from "./expressions";
import { functionChecks } from "./functions";
import { modifierChecks } from "./modifiers";
import { moduleChecks } from "./modules";
import { nameChecks } from "./names";
import { operatorChecks } from "./operators";
import { statementChecks } from "./statements";
import { typeChecks } from "./types";
import { walkSourceFile } from "./walk";

export interface DialectCheckOptions {
  /** Runtime files may `declare function`, import the low-level layers and use unions in declared functions' parameters. */
  isRuntimeFile(file: ts.SourceFile): boolean;
}

const dispatch = buildDispatch([
  moduleChecks, declarationChecks, functionChecks, classChecks, modifierChecks,
  statementChecks, expressionChecks, operatorChecks, nameChecks, typeChecks,
]);

export function checkDialect(sourceFiles: readonly ts.SourceFile[], options: DialectCheckOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const sourceFile of sourceFiles) {
    if (sourceFile.isDeclarationFile) continue;
    const context = new DialectContext(sourceFile, options.isRuntimeFile(sourceFile));
    walkSourceFile(context, dispatch);
    diagnostics.push(...context.diagnostics);
  }
  return diagnostics;
}

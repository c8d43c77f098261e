// Dialect checks on imports and exports.
//
// The dialect's module forms are `import { a, b } from "<module>"`, the bare
// `import "<module>"` (for a module's top-level statements), and `export` on
// a top-level function, class, const or let. A module is a relative path or
// one of the runtime's `toro/<name>` modules; the low-level layers listed in
// LOW_LEVEL_MODULES may only be imported by runtime files.
import * as ts from "typescript";
import { runtimeModulePrefix } from "../frontend/runtime-modules";
import { rules } from "./codes";
import { CheckTable, on } from "./check-table";
import { DialectContext } from "./context";

/**
 * The runtime's low-level modules (ambient `declare module` blocks in runtime
 * .d.ts files). Invariant: every such module is listed here;
 * tests/dialect/rules.test.ts checks the runtime's .d.ts files against it.
 */
export const LOW_LEVEL_MODULES: readonly string[] = ["toro/unsafe", "toro/unsafe-string", "toro/x86_64"];

export const moduleChecks: CheckTable = [
  on(ts.SyntaxKind.ImportDeclaration, checkImport),
  on<ts.ImportEqualsDeclaration>(ts.SyntaxKind.ImportEqualsDeclaration, (node, context) => {
    context.report(node, rules.importForm, "'import =' declarations");
  }),
  on<ts.ExportDeclaration>(ts.SyntaxKind.ExportDeclaration, (node, context) => {
    context.report(node, rules.exportList, node.moduleSpecifier ? "re-exports" : "export lists");
  }),
  on<ts.ExportAssignment>(ts.SyntaxKind.ExportAssignment, (node, context) => {
    if (node.isExportEquals) context.report(node, rules.exportAssignment, "'export ='");
    else context.report(node, rules.exportDefault);
  }),
  on(ts.SyntaxKind.NamespaceExportDeclaration, (node, context) => {
    context.report(node, rules.exportAssignment, "'export as namespace'");
  }),
];

function checkImport(node: ts.ImportDeclaration, context: DialectContext): void {
  checkModuleSpecifier(node.moduleSpecifier, context);
  if (node.attributes) context.report(node.attributes, rules.importForm, "import attributes");
  const clause = node.importClause;
  if (!clause) return;
  if (clause.isTypeOnly) context.reportKeyword(clause, ts.SyntaxKind.TypeKeyword, rules.importForm, "type-only imports");
  if (clause.name) context.report(clause.name, rules.importForm, "default imports");
  const bindings = clause.namedBindings;
  if (!bindings) return;
  if (ts.isNamespaceImport(bindings)) return context.report(bindings, rules.importForm, "namespace imports ('import * as')");
  for (const element of bindings.elements) {
    if (element.isTypeOnly) context.report(element, rules.importForm, "type-only imports");
    else if (element.propertyName) context.report(element, rules.importForm, "renamed imports ('a as b')");
  }
}

function checkModuleSpecifier(specifier: ts.Expression, context: DialectContext): void {
  if (!ts.isStringLiteral(specifier)) return;
  const name = specifier.text;
  if (isRelative(name)) return;
  if (LOW_LEVEL_MODULES.includes(name)) {
    if (!context.isRuntimeFile) context.report(specifier, rules.lowLevelImport, name);
    return;
  }
  if (!name.startsWith(runtimeModulePrefix)) context.report(specifier, rules.packageImport, name);
}

function isRelative(name: string): boolean {
  return name === "." || name === ".." || name.startsWith("./") || name.startsWith("../");
}

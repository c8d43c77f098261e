// Dialect checks on modifier keywords and decorators.
//
// Allowed: `export` on top-level functions, classes, consts and lets;
// `private`, `protected`, `public` and `readonly` on class members (on
// constructor parameters they make parameter properties, reported in
// functions.ts); `declare` on a function of a runtime file. Every other
// modifier names a concept outside the dialect and is reported where it is
// written, so `static` is underlined rather than the whole member.
import * as ts from "typescript";
import { rules } from "./codes";
import { CheckTable, on } from "./check-table";
import { DialectContext } from "./context";
import { isModifierOf, modifiersOf } from "./syntax";

export const modifierChecks: CheckTable = [
  on(ts.SyntaxKind.DeclareKeyword, checkDeclare),
  onModifier(ts.SyntaxKind.StaticKeyword, (node, context) => context.report(node, rules.staticMember)),
  onModifier(ts.SyntaxKind.AbstractKeyword, (node, context) => context.report(node, rules.inheritance, "'abstract'")),
  onModifier(ts.SyntaxKind.OverrideKeyword, (node, context) => {
    // On a constructor parameter it makes a parameter property, reported as such.
    if (context.parent && !ts.isParameter(context.parent)) context.report(node, rules.inheritance, "'override'");
  }),
  onModifier(ts.SyntaxKind.AsyncKeyword, (node, context) => context.report(node, rules.asynchronous, "'async'")),
  onModifier(ts.SyntaxKind.DefaultKeyword, (node, context) => {
    const owner = context.parent;
    const exportKeyword = owner && modifiersOf(owner).find((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    const start = exportKeyword ? context.start(exportKeyword) : context.start(node);
    context.reportSpan(start, node.getEnd(), rules.exportDefault);
  }),
  onModifier(ts.SyntaxKind.AccessorKeyword, (node, context) => {
    context.report(node, rules.accessor, "auto-accessors ('accessor')");
  }),
  on(ts.SyntaxKind.Decorator, (node, context) => context.report(node, rules.decorator)),
];

/** A check that runs only where the keyword is a modifier of its parent. */
function onModifier(kind: ts.SyntaxKind, check: (node: ts.Node, context: DialectContext) => void) {
  return on(kind, (node, context) => {
    if (isModifierOf(node, context.parent)) check(node, context);
  });
}

/** `declare function` in a runtime file declares an external symbol; any other `declare` is rejected. */
function checkDeclare(node: ts.Node, context: DialectContext): void {
  const owner = context.parent;
  if (!isModifierOf(node, owner)) return;
  if (context.isRuntimeFile && owner !== undefined && ts.isFunctionDeclaration(owner)) return;
  context.report(node, rules.ambientDeclaration);
}

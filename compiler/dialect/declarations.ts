// Dialect checks on the declarations that have no place in the dialect:
// enums and namespaces. (Functions, classes, interfaces and type aliases have
// files of their own: functions.ts, classes.ts, types.ts.)
import * as ts from "typescript";
import { rules } from "./codes";
import { CheckTable, on } from "./check-table";
import { DialectContext } from "./context";
import { hasModifier } from "./syntax";

export const declarationChecks: CheckTable = [
  on<ts.EnumDeclaration>(ts.SyntaxKind.EnumDeclaration, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.EnumKeyword, rules.enumDeclaration, undefined, node.name);
  }),
  on(ts.SyntaxKind.ModuleDeclaration, checkNamespace),
];

function checkNamespace(node: ts.ModuleDeclaration, context: DialectContext): void {
  // `namespace A.B {}` nests a declaration for B inside A's: report A's only.
  if (context.parent && ts.isModuleDeclaration(context.parent)) return;
  // `declare namespace`, `declare module "x"` and `declare global` are reported for their `declare`.
  if (hasModifier(node, ts.SyntaxKind.DeclareKeyword)) return;
  const keyword = context.childToken(node, ts.SyntaxKind.NamespaceKeyword) ? ts.SyntaxKind.NamespaceKeyword : ts.SyntaxKind.ModuleKeyword;
  context.reportKeyword(node, keyword, rules.namespaceDeclaration, undefined, node.name);
}

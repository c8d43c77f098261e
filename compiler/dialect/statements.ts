// Dialect checks on statements and variable declarations.
//
// The dialect keeps let/const, if, while, do/while, for, for...of, switch,
// break/continue (labelled ones too), return, blocks and expression
// statements. It rejects var and using, exceptions, for...in, with, debugger,
// and labels on anything but a loop.
import * as ts from "typescript";
import { rules } from "./codes";
import { CheckTable, on } from "./check-table";
import { DialectContext } from "./context";
import { isLoop } from "./syntax";

export const statementChecks: CheckTable = [
  on(ts.SyntaxKind.VariableDeclarationList, checkDeclarationKeyword),
  on<ts.VariableDeclaration>(ts.SyntaxKind.VariableDeclaration, (node, context) => {
    if (node.exclamationToken) {
      context.report(node.exclamationToken, rules.nonNullAssertion, "definite assignment assertions ('!:')");
    }
  }),
  on(ts.SyntaxKind.ThrowStatement, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.ThrowKeyword, rules.exception, "'throw'");
  }),
  on(ts.SyntaxKind.TryStatement, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.TryKeyword, rules.exception, "'try'");
  }),
  on<ts.ForInStatement>(ts.SyntaxKind.ForInStatement, (node, context) => {
    const closeParenthesis = context.childToken(node, ts.SyntaxKind.CloseParenToken);
    context.reportSpan(context.start(node), closeParenthesis?.getEnd() ?? node.expression.getEnd(), rules.forIn);
  }),
  on<ts.ForOfStatement>(ts.SyntaxKind.ForOfStatement, (node, context) => {
    if (node.awaitModifier) context.report(node.awaitModifier, rules.asynchronous, "'for await'");
  }),
  on<ts.LabeledStatement>(ts.SyntaxKind.LabeledStatement, (node, context) => {
    if (!isLoop(node.statement)) context.report(node.label, rules.labelNotOnLoop);
  }),
  on(ts.SyntaxKind.WithStatement, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.WithKeyword, rules.withStatement);
  }),
  on(ts.SyntaxKind.DebuggerStatement, (node, context) => context.report(node, rules.debuggerStatement)),
];

/** `var`, `using` and `await using` are reported on their keywords; let and const are the dialect's. */
function checkDeclarationKeyword(node: ts.VariableDeclarationList, context: DialectContext): void {
  const scoping = node.flags & ts.NodeFlags.BlockScoped;
  if (scoping === ts.NodeFlags.Let || scoping === ts.NodeFlags.Const) return;
  const subject = scoping === ts.NodeFlags.AwaitUsing ? "'await using'" : scoping === ts.NodeFlags.Using ? "'using'" : "'var'";
  // The keywords end where the first declared name begins.
  const firstName = node.declarations[0]?.name;
  context.reportSpan(context.start(node), firstName ? context.start(firstName) : node.getEnd(), rules.varDeclaration, subject);
}

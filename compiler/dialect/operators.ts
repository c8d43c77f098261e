// Dialect checks on operators.
//
// The dialect keeps JavaScript's arithmetic, bitwise, comparison, logical
// (&&, ||, !), conditional, assignment and compound assignment operators on
// its own types. It rejects the operators that inspect types or objects at
// run time (typeof, instanceof, in, delete), those that exist for undefined
// and null (void, ??, ??=), the logical assignments, the comma operator and
// exponentiation (`**` would need a pow routine in a kernel without libm, and
// on integers it overflows at once; multiplying out is clearer). Binary
// operators are reported on the operator itself.
import * as ts from "typescript";
import { DialectRule, rules } from "./codes";
import { CheckTable, on } from "./check-table";
import { DialectContext } from "./context";

const REJECTED_BINARY_OPERATORS: ReadonlyMap<ts.SyntaxKind, DialectRule> = new Map<ts.SyntaxKind, DialectRule>([
  [ts.SyntaxKind.CommaToken, rules.commaOperator],
  [ts.SyntaxKind.AsteriskAsteriskToken, rules.exponentOperator],
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken, rules.exponentOperator],
  [ts.SyntaxKind.QuestionQuestionToken, rules.nullishCoalescing],
  [ts.SyntaxKind.AmpersandAmpersandEqualsToken, rules.logicalAssignment],
  [ts.SyntaxKind.BarBarEqualsToken, rules.logicalAssignment],
  [ts.SyntaxKind.QuestionQuestionEqualsToken, rules.logicalAssignment],
  [ts.SyntaxKind.InstanceOfKeyword, rules.instanceofOperator],
  [ts.SyntaxKind.InKeyword, rules.inOperator],
]);

export const operatorChecks: CheckTable = [
  on(ts.SyntaxKind.BinaryExpression, checkBinaryOperator),
  on(ts.SyntaxKind.TypeOfExpression, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.TypeOfKeyword, rules.typeofOperator);
  }),
  on(ts.SyntaxKind.DeleteExpression, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.DeleteKeyword, rules.deleteOperator);
  }),
  on(ts.SyntaxKind.VoidExpression, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.VoidKeyword, rules.voidOperator);
  }),
];

function checkBinaryOperator(node: ts.BinaryExpression, context: DialectContext): void {
  const operator = node.operatorToken;
  const rejected = REJECTED_BINARY_OPERATORS.get(operator.kind);
  if (rejected) context.report(operator, rejected, operator.getText(context.sourceFile));
}

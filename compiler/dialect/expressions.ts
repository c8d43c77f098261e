// Dialect checks on expressions: literals, calls, and the expression forms
// that TypeScript adds to JavaScript's.
//
// Array and object literals are rejected (typed arrays and classes replace
// them); when one is the left side of an assignment it is destructuring and
// reported as that instead, like the binding patterns of declarations and
// parameters (`const [a, b] = ...`). Operators are in operators.ts, names (this,
// undefined, arguments, ...) in names.ts.
import * as ts from "typescript";
import { DialectRule, rules } from "./codes";
import { CheckTable, on } from "./check-table";
import { DialectContext } from "./context";
import { destructuringRole } from "./syntax";
import { reportTypeArguments } from "./types";

export const expressionChecks: CheckTable = [
  on(ts.SyntaxKind.ArrayLiteralExpression, (node, context) => checkLiteral(node, context, rules.arrayLiteral)),
  on(ts.SyntaxKind.ObjectLiteralExpression, (node, context) => checkLiteral(node, context, rules.objectLiteral)),
  on([ts.SyntaxKind.SpreadElement, ts.SyntaxKind.SpreadAssignment], checkSpread),
  on([ts.SyntaxKind.ObjectBindingPattern, ts.SyntaxKind.ArrayBindingPattern], (node, context) => {
    // A pattern nested in another is part of the outer one's report.
    if (!context.parent || !ts.isBindingElement(context.parent)) context.report(node, rules.destructuring);
  }),
  on(ts.SyntaxKind.NullKeyword, (node, context) => context.report(node, rules.null)),
  on(ts.SyntaxKind.BigIntLiteral, (node, context) => context.report(node, rules.bigint)),
  on(ts.SyntaxKind.RegularExpressionLiteral, (node, context) => context.report(node, rules.regularExpression)),
  on<ts.TaggedTemplateExpression>(ts.SyntaxKind.TaggedTemplateExpression, (node, context) => {
    context.report(node, rules.taggedTemplate);
    reportTypeArguments(node.typeArguments, context);
  }),
  on(ts.SyntaxKind.QuestionDotToken, (node, context) => context.report(node, rules.optionalChaining)),
  // Underlines the `!` of `value!`.
  on(ts.SyntaxKind.NonNullExpression, (node, context) => {
    context.reportSpan(node.getEnd() - 1, node.getEnd(), rules.nonNullAssertion);
  }),
  on<ts.AsExpression>(ts.SyntaxKind.AsExpression, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.AsKeyword, rules.typeAssertion, "'as' casts", node.type);
  }),
  on<ts.TypeAssertion>(ts.SyntaxKind.TypeAssertionExpression, (node, context) => {
    const closingBracket = context.childToken(node, ts.SyntaxKind.GreaterThanToken) ?? node.type;
    context.reportSpan(context.start(node), closingBracket.getEnd(), rules.typeAssertion, "type assertions ('<T>x')");
  }),
  on<ts.SatisfiesExpression>(ts.SyntaxKind.SatisfiesExpression, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.SatisfiesKeyword, rules.typeAssertion, "'satisfies' expressions", node.type);
  }),
  on<ts.MetaProperty>(ts.SyntaxKind.MetaProperty, (node, context) => {
    const keyword = node.keywordToken === ts.SyntaxKind.NewKeyword ? "new" : "import";
    context.report(node, rules.metaProperty, `${keyword}.${node.name.text}`);
  }),
  on(ts.SyntaxKind.CallExpression, checkCall),
  on<ts.NewExpression>(ts.SyntaxKind.NewExpression, (node, context) => reportTypeArguments(node.typeArguments, context)),
];

function checkLiteral(node: ts.Node, context: DialectContext, literalRule: DialectRule): void {
  const role = destructuringRole(node, context.ancestors);
  if (role === "target") context.report(node, rules.destructuring);
  else if (role === undefined) context.report(node, literalRule);
}

/** `...rest` inside a destructuring target belongs to the destructuring, reported on the target. */
function checkSpread(node: ts.SpreadElement | ts.SpreadAssignment, context: DialectContext): void {
  const literal = context.parent;
  const literalAncestors = context.ancestors.slice(0, -1);
  if (literal && destructuringRole(literal, literalAncestors) !== undefined) return;
  context.report(node, rules.spread);
}

function checkCall(node: ts.CallExpression, context: DialectContext): void {
  if (node.expression.kind === ts.SyntaxKind.ImportKeyword) context.report(node, rules.dynamicImport);
  reportTypeArguments(node.typeArguments, context);
}

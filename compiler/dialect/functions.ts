// Dialect checks on functions and their parameters.
//
// A dialect function is a declaration at the top level of a module with one
// signature and a body (runtime files may instead `declare function` an
// external symbol). Its parameters are plain, typed and required. Closures of
// every spelling, generators and async code are rejected, and so are the
// parameter forms that need undefined or arrays (`x?`, `x = 1`, `...xs`).
import * as ts from "typescript";
import { rules } from "./codes";
import { CheckTable, on } from "./check-table";
import { DialectContext } from "./context";
import { isAmbient, modifiersOf } from "./syntax";

/** Functions whose parameters are checked; the parameters of signature types belong to a type already rejected. */
const FUNCTIONS_WITH_BODIES = new Set([
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration, ts.SyntaxKind.Constructor, ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor,
]);

/** Modifiers that make a constructor parameter a field. */
const PARAMETER_PROPERTY_MODIFIERS = new Set([
  ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword,
  ts.SyntaxKind.ReadonlyKeyword, ts.SyntaxKind.OverrideKeyword,
]);

export const functionChecks: CheckTable = [
  on(ts.SyntaxKind.FunctionDeclaration, checkFunctionDeclaration),
  on<ts.ArrowFunction>(ts.SyntaxKind.ArrowFunction, (node, context) => {
    context.reportSpan(context.start(node), node.equalsGreaterThanToken.getEnd(), rules.closure, "arrow functions");
  }),
  on<ts.FunctionExpression>(ts.SyntaxKind.FunctionExpression, (node, context) => {
    context.reportSpan(context.start(node), signatureEnd(node, context), rules.closure, "function expressions");
    checkGeneratorMarker(node, context);
  }),
  on<ts.MethodDeclaration>(ts.SyntaxKind.MethodDeclaration, checkGeneratorMarker),
  on(ts.SyntaxKind.Parameter, checkParameter),
  on<ts.AwaitExpression>(ts.SyntaxKind.AwaitExpression, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.AwaitKeyword, rules.asynchronous, "'await'");
  }),
  on<ts.YieldExpression>(ts.SyntaxKind.YieldExpression, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.YieldKeyword, rules.generator, "'yield'");
  }),
];

function checkFunctionDeclaration(node: ts.FunctionDeclaration, context: DialectContext): void {
  const ambient = isAmbient(node, context.ancestors);
  if (!ambient && context.parent !== undefined && !ts.isSourceFile(context.parent)) {
    const end = node.name ? node.name.getEnd() : signatureEnd(node, context);
    context.reportSpan(context.start(node), end, rules.closure, "nested function declarations");
  }
  checkGeneratorMarker(node, context);
  // A body-less declaration is an overload signature, unless it is declared:
  // `declare function` is the runtime's (and reported in application code).
  if (!node.body && !ambient) {
    context.report(node.name ?? node, rules.overload);
  }
}

function checkGeneratorMarker(node: ts.FunctionDeclaration | ts.FunctionExpression | ts.MethodDeclaration, context: DialectContext): void {
  if (node.asteriskToken) context.report(node.asteriskToken, rules.generator, "'function*'");
}

function checkParameter(node: ts.ParameterDeclaration, context: DialectContext): void {
  const owner = context.parent;
  if (!owner || !FUNCTIONS_WITH_BODIES.has(owner.kind)) return;
  if (ts.isIdentifier(node.name) && node.name.text === "this") {
    context.report(node.name, rules.thisOutsideClass, "'this' parameters");
  }
  if (node.dotDotDotToken) context.reportSpan(context.start(node.dotDotDotToken), node.name.getEnd(), rules.restParameter);
  if (node.questionToken) context.report(node.questionToken, rules.optional, "optional parameters");
  if (node.initializer) context.report(node.initializer, rules.defaultParameter);
  const propertyModifiers = modifiersOf(node).filter((modifier) => PARAMETER_PROPERTY_MODIFIERS.has(modifier.kind));
  if (propertyModifiers.length > 0) {
    context.reportSpan(context.start(propertyModifiers[0]), node.name.getEnd(), rules.parameterProperty);
  }
}

/** Where a function's head ends: after its return type, or after its parameter list. */
function signatureEnd(node: ts.SignatureDeclaration, context: DialectContext): number {
  if (node.type) return node.type.getEnd();
  const closeParenthesis = context.childToken(node, ts.SyntaxKind.CloseParenToken);
  return closeParenthesis ? closeParenthesis.getEnd() : node.getEnd();
}

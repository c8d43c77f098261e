// A coarse syntactic screen for golden programs: it finds the constructs the
// dialect rejects outright (closures, array and object literals, null, any,
// var, try/throw, ...) and functions whose parameters or result are not
// annotated. It is not the compiler's dialect checker — it knows nothing of
// the number types' rules — but it keeps the golden corpus from relying on
// TypeScript features the compiler will refuse, while the compiler is young.
import * as fs from "fs";
import * as ts from "typescript";

/** Syntax kinds outside the dialect, with the reason reported. */
const FORBIDDEN_KINDS = new Map<ts.SyntaxKind, string>([
  [ts.SyntaxKind.ArrowFunction, "arrow function"],
  [ts.SyntaxKind.FunctionExpression, "function expression"],
  [ts.SyntaxKind.ArrayLiteralExpression, "array literal"],
  [ts.SyntaxKind.ObjectLiteralExpression, "object literal"],
  [ts.SyntaxKind.NullKeyword, "null"],
  [ts.SyntaxKind.AnyKeyword, "any"],
  [ts.SyntaxKind.UnknownKeyword, "unknown"],
  [ts.SyntaxKind.UnionType, "union type"],
  [ts.SyntaxKind.ArrayType, "array type"],
  [ts.SyntaxKind.TypeOfExpression, "typeof"],
  [ts.SyntaxKind.DeleteExpression, "delete"],
  [ts.SyntaxKind.ThrowStatement, "throw"],
  [ts.SyntaxKind.TryStatement, "try"],
  [ts.SyntaxKind.EnumDeclaration, "enum"],
  [ts.SyntaxKind.ModuleDeclaration, "namespace"],
  [ts.SyntaxKind.GetAccessor, "getter"],
  [ts.SyntaxKind.SetAccessor, "setter"],
  [ts.SyntaxKind.HeritageClause, "inheritance"],
  [ts.SyntaxKind.AwaitExpression, "await"],
  [ts.SyntaxKind.TypeParameter, "generic"],
  [ts.SyntaxKind.SpreadElement, "spread"],
  [ts.SyntaxKind.ForInStatement, "for...in"],
  [ts.SyntaxKind.QuestionDotToken, "optional chaining"],
  [ts.SyntaxKind.NonNullExpression, "non-null assertion"],
  [ts.SyntaxKind.AsExpression, "type assertion"],
]);

const FORBIDDEN_OPERATORS = new Map<ts.SyntaxKind, string>([
  [ts.SyntaxKind.InstanceOfKeyword, "instanceof"],
  [ts.SyntaxKind.InKeyword, "in"],
  [ts.SyntaxKind.CommaToken, "comma operator"],
  [ts.SyntaxKind.AsteriskAsteriskToken, "**"],
  [ts.SyntaxKind.QuestionQuestionToken, "??"],
]);

/** Problems found in one file, as "file(line,column): message"; empty when none. */
export function screenDialectSyntax(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const problems: string[] = [];
  const report = (node: ts.Node, message: string): void => {
    const position = source.getLineAndCharacterOfPosition(node.getStart(source));
    problems.push(`${file}(${position.line + 1},${position.character + 1}): ${message}`);
  };
  const visit = (node: ts.Node): void => {
    screenNode(node, report);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

function screenNode(node: ts.Node, report: (node: ts.Node, message: string) => void): void {
  const forbidden = FORBIDDEN_KINDS.get(node.kind);
  if (forbidden) report(node, `${forbidden} is not in the dialect`);
  if (ts.isBinaryExpression(node)) {
    const operator = FORBIDDEN_OPERATORS.get(node.operatorToken.kind);
    if (operator) report(node, `${operator} is not in the dialect`);
  }
  if (ts.isIdentifier(node) && node.text === "undefined") report(node, "undefined is not in the dialect");
  if (ts.isVariableDeclarationList(node) && (node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) === 0) {
    report(node, "var is not in the dialect");
  }
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) screenSignature(node, report);
  if (ts.isParameter(node) && (node.initializer || node.questionToken)) {
    report(node, "default and optional parameters are not in the dialect");
  }
  if (ts.isClassDeclaration(node)) screenClass(node, report);
  if (ts.isImportSpecifier(node) && node.propertyName) report(node, "renamed imports are not in the dialect");
  if (ts.isNamespaceImport(node)) report(node, "namespace imports are not in the dialect");
}

function screenSignature(
  node: ts.FunctionDeclaration | ts.MethodDeclaration,
  report: (node: ts.Node, message: string) => void,
): void {
  if (!node.type) report(node, "the return type must be annotated");
  for (const parameter of node.parameters) {
    if (!parameter.type) report(parameter, "parameter types must be annotated");
  }
}

function screenClass(node: ts.ClassDeclaration, report: (node: ts.Node, message: string) => void): void {
  for (const member of node.members) {
    const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
    if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword)) {
      report(member, "static members are not in the dialect");
    }
    if (ts.isConstructorDeclaration(member)) {
      for (const parameter of member.parameters) {
        if (ts.getModifiers(parameter)?.length) report(parameter, "parameter properties are not in the dialect");
      }
    }
    if (ts.isPropertyDeclaration(member) && !member.type) report(member, "fields must be annotated");
  }
}

// Dialect checks on classes and their members.
//
// A dialect class is declared at the top level of a module and holds typed
// fields (with or without initialisers), at most one constructor and methods,
// named by plain identifiers; `private`, `protected`, `public` and `readonly`
// are allowed. Nothing inherits, nothing is static, and there are no
// accessors. (The modifiers `static`, `abstract`, `override` and `accessor`
// are reported in modifiers.ts.)
import * as ts from "typescript";
import { rules } from "./codes";
import { CheckTable, on } from "./check-table";
import { DialectContext } from "./context";
import { hasModifier, isAmbient, isClassLike } from "./syntax";

export const classChecks: CheckTable = [
  on(ts.SyntaxKind.ClassDeclaration, checkClassDeclaration),
  on<ts.ClassExpression>(ts.SyntaxKind.ClassExpression, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.ClassKeyword, rules.classExpression, undefined, node.name);
  }),
  on(ts.SyntaxKind.HeritageClause, checkHeritageClause),
  on(ts.SyntaxKind.SuperKeyword, (node, context) => context.report(node, rules.inheritance, "'super'")),
  on(ts.SyntaxKind.PropertyDeclaration, checkField),
  on(ts.SyntaxKind.MethodDeclaration, checkMethod),
  on(ts.SyntaxKind.Constructor, checkConstructor),
  on<ts.GetAccessorDeclaration>(ts.SyntaxKind.GetAccessor, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.GetKeyword, rules.accessor, "getters", node.name);
  }),
  on<ts.SetAccessorDeclaration>(ts.SyntaxKind.SetAccessor, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.SetKeyword, rules.accessor, "setters", node.name);
  }),
  on(ts.SyntaxKind.IndexSignature, (node, context) => {
    // In type literals and interfaces the container is reported already.
    if (isClassLike(context.parent)) context.report(node, rules.objectType, "index signatures");
  }),
  on(ts.SyntaxKind.ClassStaticBlockDeclaration, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.StaticKeyword, rules.staticMember, "static blocks");
  }),
];

function checkClassDeclaration(node: ts.ClassDeclaration, context: DialectContext): void {
  if (context.parent !== undefined && !ts.isSourceFile(context.parent) && !isAmbient(node, context.ancestors)) {
    context.reportKeyword(node, ts.SyntaxKind.ClassKeyword, rules.nestedClass, undefined, node.name);
  }
}

function checkHeritageClause(node: ts.HeritageClause, context: DialectContext): void {
  // An interface's `extends` belongs to an interface, which is reported as such.
  if (!isClassLike(context.parent)) return;
  const subject = node.token === ts.SyntaxKind.ExtendsKeyword ? "'extends'" : "'implements'";
  context.report(node, rules.inheritance, subject);
}

function checkField(node: ts.PropertyDeclaration, context: DialectContext): void {
  checkMemberName(node.name, context);
  if (node.questionToken) context.report(node.questionToken, rules.optional, "optional fields");
  if (node.exclamationToken) {
    context.report(node.exclamationToken, rules.nonNullAssertion, "definite assignment assertions ('!:')");
  }
}

function checkMethod(node: ts.MethodDeclaration, context: DialectContext): void {
  // Methods of object literals go with the literal, which is reported.
  if (!isClassLike(context.parent)) return;
  checkMemberName(node.name, context);
  if (node.questionToken) context.report(node.questionToken, rules.optional, "optional methods");
  // Abstract and optional methods may lack a body too; they are reported for `abstract` and `?`.
  const mayLackBody = hasModifier(node, ts.SyntaxKind.AbstractKeyword) || node.questionToken !== undefined;
  if (!node.body && !mayLackBody && !isAmbient(node, context.ancestors)) {
    context.report(node.name, rules.overload);
  }
}

function checkConstructor(node: ts.ConstructorDeclaration, context: DialectContext): void {
  if (!node.body && !isAmbient(node, context.ancestors)) {
    const keyword = context.childToken(node, ts.SyntaxKind.ConstructorKeyword) ?? node;
    context.report(keyword, rules.overload);
  }
}

/** Quoted and numeric names; computed names and #names have node kinds of their own (names.ts). */
function checkMemberName(name: ts.PropertyName, context: DialectContext): void {
  if (ts.isStringLiteral(name)) context.report(name, rules.memberName, "quoted member names");
  else if (ts.isNumericLiteral(name)) context.report(name, rules.memberName, "numeric member names");
}

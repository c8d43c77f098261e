// Questions about the syntax tree that several dialect checks ask. All of them
// work from the walk's ancestor chain, never from `node.parent`.
import * as ts from "typescript";

export function modifiersOf(node: ts.Node): readonly ts.ModifierLike[] {
  return (node as { modifiers?: ts.NodeArray<ts.ModifierLike> }).modifiers ?? [];
}

export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return modifiersOf(node).some((modifier) => modifier.kind === kind);
}

/** Whether `node` is one of `owner`'s modifiers (keywords such as `static` are only ever modifiers, but say so). */
export function isModifierOf(node: ts.Node, owner: ts.Node | undefined): boolean {
  return owner !== undefined && modifiersOf(owner).includes(node as ts.ModifierLike);
}

/** Whether `node` is declared with `declare` or sits inside a `declare` block (`declare namespace N { ... }`). */
export function isAmbient(node: ts.Node, ancestors: readonly ts.Node[]): boolean {
  return hasModifier(node, ts.SyntaxKind.DeclareKeyword) || ancestors.some((ancestor) => hasModifier(ancestor, ts.SyntaxKind.DeclareKeyword));
}

export function isClassLike(node: ts.Node | undefined): node is ts.ClassLikeDeclaration {
  return node !== undefined && (ts.isClassDeclaration(node) || ts.isClassExpression(node));
}

export function isLoop(node: ts.Node): boolean {
  return (
    ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) ||
    ts.isWhileStatement(node) || ts.isDoStatement(node)
  );
}

/** The text of `a` or `a.b.c` in a type reference or heritage clause. */
export function entityNameText(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : `${entityNameText(name.left)}.${name.right.text}`;
}

/**
 * How an array or object literal takes part in a destructuring assignment
 * (`[a, b] = [b, a]`, `for ({ x } of points)`): "target" when it is the whole
 * left-hand side, "nested" when it is part of one, undefined when it is an
 * ordinary literal. `ancestors` end at the literal's parent.
 */
export function destructuringRole(literal: ts.Node, ancestors: readonly ts.Node[]): "target" | "nested" | undefined {
  let current = literal;
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const parent = ancestors[index];
    if (isAssignmentTo(parent, current) || isLoopTarget(parent, current)) {
      return current === literal ? "target" : "nested";
    }
    if (!isPatternPart(parent)) return undefined;
    current = parent;
  }
  return undefined;
}

function isAssignmentTo(node: ts.Node, left: ts.Node): boolean {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && node.left === left;
}

function isLoopTarget(node: ts.Node, initializer: ts.Node): boolean {
  return (ts.isForOfStatement(node) || ts.isForInStatement(node)) && node.initializer === initializer;
}

/** Nodes through which a pattern may nest: `[a, [b]]`, `{ p: [c] }`, `[...rest]`. */
function isPatternPart(parent: ts.Node): boolean {
  return (
    ts.isArrayLiteralExpression(parent) || ts.isObjectLiteralExpression(parent) ||
    ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) ||
    ts.isSpreadElement(parent) || ts.isSpreadAssignment(parent) || ts.isParenthesizedExpression(parent)
  );
}

// Dialect checks on names: identifiers that refer to values outside the
// dialect, `this` outside a class, private #names and computed member names.
//
// These checks are syntactic: `undefined`, `arguments`, `eval`, `Function`
// and `Symbol` are reported wherever they are used as values, since the
// dialect's library declares no such values (strict mode forbids declaring
// `eval`, `arguments` and `undefined`, and a program that declares its own
// `Function` or `Symbol` is told to choose another name).
import * as ts from "typescript";
import { DialectRule, rules } from "./codes";
import { CheckTable, on } from "./check-table";
import { DialectContext } from "./context";
import { isClassLike } from "./syntax";

const REJECTED_VALUE_NAMES: ReadonlyMap<string, DialectRule> = new Map<string, DialectRule>([
  ["undefined", rules.undefined],
  ["arguments", rules.argumentsObject],
  ["eval", rules.dynamicGlobal],
  ["Function", rules.dynamicGlobal],
  ["Symbol", rules.dynamicGlobal],
]);

/** Parents whose identifier children are never values: types, labels, module specifiers' names. */
const NON_VALUE_PARENTS = new Set([
  ts.SyntaxKind.QualifiedName, ts.SyntaxKind.TypeReference, ts.SyntaxKind.TypeQuery, ts.SyntaxKind.TypePredicate,
  ts.SyntaxKind.LabeledStatement, ts.SyntaxKind.BreakStatement, ts.SyntaxKind.ContinueStatement,
  ts.SyntaxKind.ImportSpecifier, ts.SyntaxKind.ExportSpecifier, ts.SyntaxKind.MetaProperty,
]);

/** Members in which `this` is the instance (when their parent is a class). */
const INSTANCE_MEMBERS = new Set([
  ts.SyntaxKind.Constructor, ts.SyntaxKind.MethodDeclaration, ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.PropertyDeclaration, ts.SyntaxKind.ClassStaticBlockDeclaration,
]);

export const nameChecks: CheckTable = [
  on(ts.SyntaxKind.Identifier, checkIdentifier),
  on(ts.SyntaxKind.ThisKeyword, (node, context) => {
    if (!isInsideInstanceMember(context.ancestors)) context.report(node, rules.thisOutsideClass);
  }),
  on(ts.SyntaxKind.PrivateIdentifier, (node, context) => context.report(node, rules.privateName)),
  on(ts.SyntaxKind.ComputedPropertyName, (node, context) => context.report(node, rules.memberName)),
];

function checkIdentifier(node: ts.Identifier, context: DialectContext): void {
  const rejected = REJECTED_VALUE_NAMES.get(node.text);
  if (rejected && isValueReference(node, context.parent)) context.report(node, rejected, node.text);
}

/** Whether `node` stands for a value, rather than naming a declaration, a member, a type or a label. */
function isValueReference(node: ts.Identifier, parent: ts.Node | undefined): boolean {
  if (!parent) return true;
  if (NON_VALUE_PARENTS.has(parent.kind)) return false;
  const named = parent as { name?: ts.Node; propertyName?: ts.Node };
  return named.name !== node && named.propertyName !== node;
}

/**
 * `this` means the instance inside a class's constructor, methods and field
 * initialisers, and inside arrow functions there (which are closures, and
 * reported as such). Anywhere else it is rejected.
 */
function isInsideInstanceMember(ancestors: readonly ts.Node[]): boolean {
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const node = ancestors[index];
    if (ts.isArrowFunction(node)) continue;
    if (INSTANCE_MEMBERS.has(node.kind)) return isClassLike(ancestors[index - 1]);
    if (ts.isFunctionLike(node) || ts.isSourceFile(node) || ts.isModuleBlock(node) || isClassLike(node)) return false;
  }
  return false;
}

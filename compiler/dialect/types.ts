// Dialect checks on written types: the type annotations, interfaces and type
// aliases of a file.
//
// The dialect's types are the number types, boolean, string, the typed arrays
// and classes, named by a plain reference; `void` and `never` as return types;
// `this` inside a class (it names the class, since nothing inherits); function
// types `(a: i32) => f64`, whose values are top-level functions. Runtime
// files may also write `object` and, in the parameters of their `declare
// function`s, unions (`object | string`). Everything else TypeScript can say
// about types is rejected here.
import * as ts from "typescript";
import { rules } from "./codes";
import { CheckTable, on } from "./check-table";
import { DialectContext } from "./context";
import { entityNameText, hasModifier } from "./syntax";

/**
 * Interfaces compiler/lib/dialect.d.ts declares because TypeScript's checker
 * requires them of any library; they are not types a program may name.
 */
const LIBRARY_INTERNAL_TYPES = new Set([
  "Object", "Function", "CallableFunction", "NewableFunction", "IArguments", "RegExp", "Symbol",
  "SymbolConstructor", "Boolean", "Number", "String", "TemplateStringsArray", "IteratorResult",
  "Iterator", "Iterable", "IterableIterator",
]);

const ARRAY_TYPE_NAMES = new Set(["Array", "ReadonlyArray"]);

const TYPE_OPERATOR_SUBJECTS: ReadonlyMap<ts.SyntaxKind, string> = new Map([
  [ts.SyntaxKind.IndexedAccessType, "indexed access types"],
  [ts.SyntaxKind.ConditionalType, "conditional types"],
  [ts.SyntaxKind.MappedType, "mapped types"],
  [ts.SyntaxKind.InferType, "'infer' types"],
  [ts.SyntaxKind.TypeQuery, "'typeof' type queries"],
  [ts.SyntaxKind.TemplateLiteralType, "template literal types"],
  [ts.SyntaxKind.TypePredicate, "type predicates"],
  [ts.SyntaxKind.ImportType, "import types"],
]);

export const typeChecks: CheckTable = [
  on(ts.SyntaxKind.AnyKeyword, (node, context) => context.report(node, rules.any)),
  on(ts.SyntaxKind.UnknownKeyword, (node, context) => context.report(node, rules.unknown)),
  on(ts.SyntaxKind.UnionType, checkUnionType),
  on(ts.SyntaxKind.IntersectionType, (node, context) => context.report(node, rules.intersectionType)),
  // `null` as a type is a LiteralType around a NullKeyword, which the
  // expression checks report; `undefined` as a type has its own keyword.
  on(ts.SyntaxKind.UndefinedKeyword, (node, context) => context.report(node, rules.undefined)),
  on(ts.SyntaxKind.VoidKeyword, checkVoidType),
  on(ts.SyntaxKind.NeverKeyword, checkNeverType),
  on(ts.SyntaxKind.SymbolKeyword, (node, context) => context.report(node, rules.typeNotInDialect, "symbol")),
  on(ts.SyntaxKind.BigIntKeyword, (node, context) => context.report(node, rules.bigint, "'bigint' types")),
  on(ts.SyntaxKind.ObjectKeyword, checkObjectKeyword),
  on(ts.SyntaxKind.ArrayType, (node, context) => {
    // `i32[][]` is one plain array type, reported once.
    if (!context.parent || !ts.isArrayTypeNode(context.parent)) context.report(node, rules.arrayType);
  }),
  on(ts.SyntaxKind.TupleType, (node, context) => context.report(node, rules.tupleType)),
  on(ts.SyntaxKind.TypeLiteral, (node, context) => context.report(node, rules.objectType)),
  // Function types are in the dialect: their values are top-level functions named directly.
  on(ts.SyntaxKind.ConstructorType, (node, context) => context.report(node, rules.functionType, "constructor types")),
  on(ts.SyntaxKind.LiteralType, checkLiteralType),
  on(ts.SyntaxKind.TypeOperator, checkTypeOperator),
  on([...TYPE_OPERATOR_SUBJECTS.keys()], (node, context) => {
    context.report(node, rules.typeOperator, TYPE_OPERATOR_SUBJECTS.get(node.kind));
  }),
  on(ts.SyntaxKind.TypeReference, checkTypeReference),
  on(ts.SyntaxKind.TypeParameter, checkTypeParameter),
  on<ts.ExpressionWithTypeArguments>(ts.SyntaxKind.ExpressionWithTypeArguments, (node, context) => {
    reportTypeArguments(node.typeArguments, context);
  }),
  on<ts.InterfaceDeclaration>(ts.SyntaxKind.InterfaceDeclaration, (node, context) => {
    context.reportKeyword(node, ts.SyntaxKind.InterfaceKeyword, rules.interfaceDeclaration, undefined, node.name);
  }),
  on<ts.TypeAliasDeclaration>(ts.SyntaxKind.TypeAliasDeclaration, (node, context) => {
    // The runtime names its handle types (`type MPI_Comm = i32`) and the
    // union of typed arrays its buffers may be; programs may not.
    if (context.isRuntimeFile) return;
    context.reportKeyword(node, ts.SyntaxKind.TypeKeyword, rules.typeAlias, undefined, node.name);
  }),
];

/** Type arguments anywhere (`f<i32>(x)`, `new Box<i32>()`, `Map<K, V>`): one report spanning the list. */
export function reportTypeArguments(typeArguments: ts.NodeArray<ts.TypeNode> | undefined, context: DialectContext): void {
  if (!typeArguments || typeArguments.length === 0) return;
  const last = typeArguments[typeArguments.length - 1];
  context.reportSpan(context.start(typeArguments[0]), last.getEnd(), rules.generics, "type arguments");
}

function checkUnionType(node: ts.UnionTypeNode, context: DialectContext): void {
  if (context.isRuntimeFile && isParameterTypeOfDeclaredFunction(node, context.ancestors)) return;
  if (context.isRuntimeFile && context.parent !== undefined && ts.isTypeAliasDeclaration(context.parent)) return;
  context.report(node, rules.unionType);
}

/** `declare function f(value: object | string): void` — the one place a union may appear. */
function isParameterTypeOfDeclaredFunction(node: ts.TypeNode, ancestors: readonly ts.Node[]): boolean {
  let current: ts.Node = node;
  let index = ancestors.length - 1;
  while (index >= 0 && ts.isParenthesizedTypeNode(ancestors[index])) current = ancestors[index--];
  const parameter = ancestors[index];
  const owner = ancestors[index - 1];
  return (
    parameter !== undefined && ts.isParameter(parameter) && parameter.type === current &&
    owner !== undefined && ts.isFunctionDeclaration(owner) && hasModifier(owner, ts.SyntaxKind.DeclareKeyword)
  );
}

/** Whether `node` is the written return type of a function, method or signature. */
function isReturnType(node: ts.TypeNode, context: DialectContext): boolean {
  const parent = context.parent;
  return parent !== undefined && ts.isFunctionLike(parent) && parent.type === node;
}

function checkVoidType(node: ts.TypeNode, context: DialectContext): void {
  if (!isReturnType(node, context)) context.report(node, rules.voidType);
}

/** `never` is accepted as the return type of a function that does not return (it panics or exits). */
function checkNeverType(node: ts.TypeNode, context: DialectContext): void {
  if (!isReturnType(node, context)) context.report(node, rules.typeNotInDialect, "never");
}

function checkObjectKeyword(node: ts.TypeNode, context: DialectContext): void {
  if (!context.isRuntimeFile) context.report(node, rules.objectType, "the type 'object'");
}

function checkLiteralType(node: ts.LiteralTypeNode, context: DialectContext): void {
  if (node.literal.kind === ts.SyntaxKind.NullKeyword) return;
  // The key of an indexed access type (`Point["x"]`) is part of that type's report.
  if (context.parent && ts.isIndexedAccessTypeNode(context.parent)) return;
  context.report(node, rules.literalType);
}

function checkTypeOperator(node: ts.TypeOperatorNode, context: DialectContext): void {
  switch (node.operator) {
    case ts.SyntaxKind.KeyOfKeyword:
      return context.report(node, rules.typeOperator, "'keyof' types");
    case ts.SyntaxKind.UniqueKeyword:
      return context.report(node, rules.typeOperator, "'unique symbol' types");
    case ts.SyntaxKind.ReadonlyKeyword:
      // `readonly T[]` and `readonly [A, B]` are reported as the array or tuple they are.
      if (ts.isArrayTypeNode(node.type) || ts.isTupleTypeNode(node.type)) return;
      return context.report(node, rules.typeOperator, "'readonly' type operators");
  }
}

function checkTypeReference(node: ts.TypeReferenceNode, context: DialectContext): void {
  const name = entityNameText(node.typeName);
  if (ARRAY_TYPE_NAMES.has(name)) return context.report(node, rules.arrayType, `'${name}<T>' types`);
  if (LIBRARY_INTERNAL_TYPES.has(name)) context.report(node.typeName, rules.typeNotInDialect, name);
  reportTypeArguments(node.typeArguments, context);
}

/** One report per list of type parameters, spanning `T, U` in `<T, U>`. */
function checkTypeParameter(node: ts.TypeParameterDeclaration, context: DialectContext): void {
  const owner = context.parent as { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> } | undefined;
  const list = owner?.typeParameters;
  // Mapped and infer types hold a lone type parameter; they are reported themselves.
  if (!list || list[0] !== node) return;
  context.reportSpan(context.start(node), list[list.length - 1].getEnd(), rules.generics, "type parameters");
}

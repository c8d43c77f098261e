// Resolves written type annotations (ts.TypeNode) to dialect types.
//
// This is where the erased names come back: `i32` in an annotation, a
// parameter of the library or a field declaration becomes IntegerType i32.
import * as ts from "typescript";
import { declarationOf, isLibraryDeclaration } from "../frontend/symbols";
import {
  DialectType, booleanType, f32, f64, integerType, isIntegerName, objectType, stringType, typedArrayElements, voidType,
} from "./dialect-type";

export function resolveTypeNode(checker: ts.TypeChecker, node: ts.TypeNode): DialectType | undefined {
  switch (node.kind) {
    case ts.SyntaxKind.NumberKeyword:
      return f64;
    case ts.SyntaxKind.BooleanKeyword:
      return booleanType;
    case ts.SyntaxKind.StringKeyword:
      return stringType;
    case ts.SyntaxKind.VoidKeyword:
    case ts.SyntaxKind.NeverKeyword:
      return voidType;
    case ts.SyntaxKind.ObjectKeyword:
      return objectType;
    case ts.SyntaxKind.ThisType:
      return thisClassType(node);
    case ts.SyntaxKind.ParenthesizedType:
      return resolveTypeNode(checker, (node as ts.ParenthesizedTypeNode).type);
    case ts.SyntaxKind.UnionType:
      return unionAsObject(checker, node as ts.UnionTypeNode);
    case ts.SyntaxKind.TypeReference:
      return resolveTypeReference(checker, node as ts.TypeReferenceNode);
    case ts.SyntaxKind.FunctionType:
      return resolveFunctionType(checker, node as ts.FunctionTypeNode);
    default:
      return undefined;
  }
}

function resolveTypeReference(checker: ts.TypeChecker, node: ts.TypeReferenceNode): DialectType | undefined {
  const name = node.typeName.getText();
  if (isIntegerName(name)) return integerType(name);
  if (name === "f64") return f64;
  if (name === "f32") return f32;
  const declaration = declarationOf(checker, node.typeName);
  // Aliases exist only in runtime files (the dialect rules reject them elsewhere).
  if (declaration && ts.isTypeAliasDeclaration(declaration)) return resolveTypeNode(checker, declaration.type);
  if (!declaration || !ts.isClassDeclaration(declaration) || !declaration.name) return undefined;
  const element = typedArrayElements[declaration.name.text];
  if (element && isLibraryDeclaration(declaration)) return { kind: "typedArray", name: declaration.name.text, element };
  return { kind: "class", name: declaration.name.text, declaration };
}

function resolveFunctionType(checker: ts.TypeChecker, node: ts.FunctionTypeNode): DialectType | undefined {
  const parameters = node.parameters.map((parameter) => (parameter.type ? resolveTypeNode(checker, parameter.type) : undefined));
  const returnType = resolveTypeNode(checker, node.type);
  if (!returnType || parameters.some((parameter) => parameter === undefined)) return undefined;
  return { kind: "function", parameters: parameters as DialectType[], returnType };
}

/** Unions appear only in runtime declarations (`object | string`): any reference will do. */
function unionAsObject(checker: ts.TypeChecker, node: ts.UnionTypeNode): DialectType | undefined {
  const members = node.types.map((member) => resolveTypeNode(checker, member));
  const allReferences = members.every((member) => member && member.kind !== "integer" && member.kind !== "float" && member.kind !== "boolean" && member.kind !== "void");
  return allReferences ? objectType : undefined;
}

function thisClassType(node: ts.Node): DialectType | undefined {
  let parent: ts.Node | undefined = node.parent;
  while (parent && !ts.isClassDeclaration(parent)) parent = parent.parent;
  if (!parent || !parent.name) return undefined;
  const element = typedArrayElements[parent.name.text];
  if (element && isLibraryDeclaration(parent)) return { kind: "typedArray", name: parent.name.text, element };
  return { kind: "class", name: parent.name.text, declaration: parent };
}

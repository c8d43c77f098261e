// Symbol resolution shared by typing and lowering: which declaration a name refers to.
import * as ts from "typescript";
import { dialectLibraryFile } from "../paths";
import * as path from "path";

export function declarationOf(checker: ts.TypeChecker, node: ts.Node): ts.Declaration | undefined {
  let symbol = checker.getSymbolAtLocation(node);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol.valueDeclaration ?? symbol.declarations?.[0];
}

/** Declarations of the dialect's global library (compiler/lib/dialect.d.ts). */
export function isLibraryDeclaration(declaration: ts.Node): boolean {
  return path.resolve(declaration.getSourceFile().fileName) === dialectLibraryFile;
}

/** A function declared inside `declare module "toro/..." { }`: a compiler intrinsic. */
export function isIntrinsicDeclaration(declaration: ts.Node): boolean {
  let node: ts.Node | undefined = declaration.parent;
  while (node) {
    if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) return true;
    node = node.parent;
  }
  return false;
}

/** `declare function f(): T;` at the top level of a runtime file: an external symbol. */
export function isExternalDeclaration(declaration: ts.Node): boolean {
  return ts.isFunctionDeclaration(declaration) && !declaration.body && !isIntrinsicDeclaration(declaration);
}

/** The name a library declaration is known by, e.g. "i32", "Math.sqrt", "String.fromCharCode". */
export function libraryName(declaration: ts.Declaration): string {
  const own = ts.getNameOfDeclaration(declaration);
  const name = own && ts.isIdentifier(own) ? own.text : "";
  let parent: ts.Node | undefined = declaration.parent;
  while (parent && !ts.isSourceFile(parent)) {
    if (ts.isModuleDeclaration(parent) && ts.isIdentifier(parent.name)) return `${parent.name.text}.${name}`;
    if (ts.isClassDeclaration(parent) && parent.name) return `${parent.name.text}.${name}`;
    if (ts.isInterfaceDeclaration(parent)) return `${parent.name.text}.${name}`;
    if (ts.isTypeLiteralNode(parent) && ts.isVariableDeclaration(parent.parent) && ts.isIdentifier(parent.parent.name)) {
      return `${parent.parent.name.text}.${name}`;
    }
    parent = parent.parent;
  }
  return name;
}

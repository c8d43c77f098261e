// Lowering of a whole program (its modules and the runtime's) to one LLVM module.
//
// Takes the checked program and its Typer; gives an IrModule holding:
//  - one function per function declaration, method and constructor
//    (`<module>.<name>`, `<module>.<Class>.<method>`, `<module>.<Class>.new`);
//    runtime functions named `__toro_*` keep their names and stay external;
//  - module-level variables: one copy per program instance (instance-variables.ts)
//    or, for literal constants and runtime `@shared` variables, one for the
//    image; literal initialisers are static data (so the kernel can use its
//    variables before any module has run), the rest run in the module's
//    initialiser `<module>.init`;
//  - `__toro_program_main`, which runs every module initialiser in dependency
//    order: runtime modules first, then the program's, imports before importers.
import * as ts from "typescript";
import { IrModule, LlvmFunction, Constant } from "../llvm/ir-module";
import { Typer } from "../types/typer";
import { DialectType, voidType } from "../types/dialect-type";
import { floatValue, integerValue } from "../types/literals";
import { isRuntimeFile } from "../frontend/runtime-modules";
import { LoweringContext } from "./context";
import { CompilationFailed, errorAt } from "../diagnostics/diagnostic";
import { FunctionState } from "./function-state";
import { lowerStatement } from "./statements";
import { lowerExpression } from "./expressions";
import { fieldPlace } from "./places";

export function lowerProgram(files: readonly ts.SourceFile[], entry: ts.SourceFile, typer: Typer, checker: ts.TypeChecker, programRoot: string): IrModule {
  const ir = new IrModule(entry.fileName);
  const context = new LoweringContext(ir, typer, checker, programRoot);
  const ordered = initialisationOrder(files, entry, checker);
  for (const file of ordered) declareModule(context, file);
  context.instance.finish();
  for (const file of ordered) defineModule(context, file);
  defineProgramMain(context, ordered, entry);
  ir.finish();
  return ir;
}

// ---- declarations: prototypes, globals and class layouts ----------------------------------

function declareModule(context: LoweringContext, file: ts.SourceFile): void {
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.body && statement.name) declareFunction(context, file, statement);
    else if (ts.isClassDeclaration(statement) && statement.name) declareClass(context, file, statement);
    else if (ts.isVariableStatement(statement)) declareGlobals(context, file, statement);
  }
}

function declareFunction(context: LoweringContext, file: ts.SourceFile, declaration: ts.FunctionDeclaration): void {
  const name = declaration.name!.text;
  const exported = name.startsWith("__toro_");
  const symbol = exported ? name : `${context.moduleKey(file)}.${name}`;
  const signature = context.typer.signature(declaration);
  const type = context.ir.functionType(context.ir.typeOf(signature.returnType), signature.parameters.map((parameter) => context.ir.typeOf(parameter)));
  context.functions.set(declaration, context.ir.declareFunction(symbol, type, exported ? "external" : "internal"));
}

function declareClass(context: LoweringContext, file: ts.SourceFile, declaration: ts.ClassDeclaration): void {
  const ir = context.ir;
  const prefix = `${context.moduleKey(file)}.${declaration.name!.text}`;
  const fields = context.typer.classFields(declaration);
  const struct = ir.structType(prefix, fields.map((field) => ir.typeOf(field.type)));
  const constructorDeclaration = declaration.members.find(ts.isConstructorDeclaration);
  const parameters = constructorDeclaration ? context.typer.signature(constructorDeclaration).parameters : [];
  const constructor = ir.declareFunction(`${prefix}.new`, ir.functionType(ir.reference, parameters.map((parameter) => ir.typeOf(parameter))), "internal");
  context.classes.set(declaration, {
    struct,
    fieldIndex: new Map(fields.map((field, index) => [field.name, index])),
    fieldTypes: fields.map((field) => field.type),
    constructor,
  });
  for (const member of declaration.members) {
    if (!ts.isMethodDeclaration(member) || !member.body) continue;
    const signature = context.typer.signature(member);
    const type = ir.functionType(ir.typeOf(signature.returnType), [ir.reference, ...signature.parameters.map((parameter) => ir.typeOf(parameter))]);
    context.functions.set(member, ir.declareFunction(`${prefix}.${member.name.getText()}`, type, "internal"));
  }
}

/**
 * Module variables: a const with a literal value, or a runtime variable
 * marked `@shared`, is one copy for the image; every other variable belongs to
 * the program instance (one per core, see instance-variables.ts).
 */
function declareGlobals(context: LoweringContext, file: ts.SourceFile, statement: ts.VariableStatement): void {
  const constant = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
  const shared = isRuntimeFile(file.fileName) && hasSharedTag(statement);
  for (const declaration of statement.declarationList.declarations) {
    const type = context.typer.declarationType(declaration);
    const initial = declaration.initializer ? staticValue(context, declaration.initializer, type) : undefined;
    if (shared && declaration.initializer && !initial) {
      throw new CompilationFailed([errorAt(declaration.initializer, "TORO3001", "a @shared variable is initialised before any core runs: give it a literal value")]);
    }
    if (shared || (constant && initial)) {
      const name = `${context.moduleKey(file)}.${declaration.name.getText()}`;
      const variable = context.ir.globalVariable(name, context.ir.typeOf(type), initial ?? context.ir.zeroOf(type), { constant: constant && !shared, exported: false });
      context.globals.set(declaration, { kind: "shared", variable, type });
    } else {
      const index = context.instance.add(context.ir.typeOf(type), initial ?? context.ir.zeroOf(type));
      context.globals.set(declaration, { kind: "instance", index, type });
    }
  }
}

/** `/** @shared *\/` on a runtime module's variable statement: one copy shared by every core. */
function hasSharedTag(statement: ts.VariableStatement): boolean {
  return ts.getJSDocTags(statement).some((tag) => tag.tagName.text === "shared");
}

/** The initial value of a global when it is a literal, so it needs no code to run. */
function staticValue(context: LoweringContext, node: ts.Expression, type: DialectType): Constant | undefined {
  const literal = context.typer.literalOf(node);
  if (literal && type.kind === "integer") return context.ir.integer(type.bits, integerValue(literal) ?? 0n);
  if (literal && type.kind === "float") return context.ir.float(type.bits, floatValue(literal));
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) {
    return context.ir.boolean(node.kind === ts.SyntaxKind.TrueKeyword);
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return context.stringLiteral(node.text);
  return undefined;
}

// ---- definitions: function bodies and module initialisers ----------------------------------

function defineModule(context: LoweringContext, file: ts.SourceFile): void {
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.body) defineFunction(context, statement);
    else if (ts.isClassDeclaration(statement)) defineClass(context, statement);
  }
  defineInitialiser(context, file);
}

function defineFunction(context: LoweringContext, declaration: ts.FunctionDeclaration): void {
  const fn = context.functions.get(declaration)!;
  const state = new FunctionState(context, fn, context.typer.signature(declaration).returnType, declaration, declaration.name!.text);
  bindParameters(state, declaration, 0);
  lowerStatement(state, declaration.body!);
  state.finish();
}

function bindParameters(state: FunctionState, declaration: ts.SignatureDeclaration, firstArgument: number): void {
  declaration.parameters.forEach((parameter, index) => {
    const type = state.context.typer.declarationType(parameter);
    const slot = state.declareLocal(parameter, type, parameter.name.getText());
    state.builder.CreateStore(state.fn.getArg(index + firstArgument), slot.pointer);
  });
}

function defineClass(context: LoweringContext, declaration: ts.ClassDeclaration): void {
  const layout = context.classes.get(declaration)!;
  for (const member of declaration.members) {
    if (!ts.isMethodDeclaration(member) || !member.body) continue;
    const state = new FunctionState(context, context.functions.get(member)!, context.typer.signature(member).returnType, member, member.name.getText());
    state.thisValue = state.fn.getArg(0);
    bindParameters(state, member, 1);
    lowerStatement(state, member.body);
    state.finish();
  }
  defineConstructor(context, declaration, layout.constructor);
}

/** `<Class>.new(args)`: allocate zeroed, run field initialisers, then the constructor body; return the object. */
function defineConstructor(context: LoweringContext, declaration: ts.ClassDeclaration, fn: LlvmFunction): void {
  const ir = context.ir;
  const layout = context.classes.get(declaration)!;
  const state = new FunctionState(context, fn, { kind: "object" }, declaration, `${declaration.name!.text}.new`);
  const b = state.builder;
  const size = b.CreatePtrToInt(b.CreateGEP(layout.struct, ir.nullPointerTo(layout.struct), [ir.integer(32, 1n)]), ir.i64);
  const address = context.call("__toro_alloc", [{ kind: "integer", name: "usize", bits: 64, signed: false }], { kind: "integer", name: "usize", bits: 64, signed: false }, [size]);
  const object = b.CreateIntToPtr(address, ir.reference);
  state.thisValue = object;
  const classType = { kind: "class" as const, name: declaration.name!.text, declaration };
  for (const member of declaration.members) {
    if (ts.isPropertyDeclaration(member) && member.initializer) {
      const place = fieldPlace(state, object, classType, member.name.getText());
      if (place.kind === "slot") b.CreateStore(lowerExpression(state, member.initializer), place.pointer);
    }
  }
  const constructor = declaration.members.find(ts.isConstructorDeclaration);
  if (constructor?.body) {
    bindParameters(state, constructor, 0);
    lowerStatement(state, constructor.body);
  }
  if (!state.currentBlockEnded()) b.CreateRet(object);
  state.finish();
}

function defineInitialiser(context: LoweringContext, file: ts.SourceFile): void {
  const ir = context.ir;
  const fn = ir.declareFunction(`${context.moduleKey(file)}.init`, ir.functionType(ir.void, []), "internal");
  const state = new FunctionState(context, fn, voidType, file, `${context.moduleKey(file)}.init`);
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) initialiseGlobals(state, statement);
    else if (isExecutable(statement)) lowerStatement(state, statement);
  }
  state.finish();
}

function initialiseGlobals(state: FunctionState, statement: ts.VariableStatement): void {
  for (const declaration of statement.declarationList.declarations) {
    const global = state.context.globals.get(declaration)!;
    if (!declaration.initializer || staticValue(state.context, declaration.initializer, global.type)) continue;
    const pointer = global.kind === "shared" ? global.variable : state.context.instance.pointer(global.index);
    state.builder.CreateStore(lowerExpression(state, declaration.initializer), pointer);
  }
}

function isExecutable(statement: ts.Statement): boolean {
  return !(ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isImportDeclaration(statement) ||
    ts.isExportDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) ||
    ts.isModuleDeclaration(statement) || ts.isEmptyStatement(statement));
}

function defineProgramMain(context: LoweringContext, ordered: readonly ts.SourceFile[], entry: ts.SourceFile): void {
  const ir = context.ir;
  const fn = ir.declareFunction("__toro_program_main", ir.functionType(ir.void, []), "external");
  const state = new FunctionState(context, fn, voidType, entry, "__toro_program_main");
  for (const file of ordered) state.builder.CreateCall(ir.getFunction(`${context.moduleKey(file)}.init`)!, []);
  state.finish();
}

// ---- order ---------------------------------------------------------------------------------

/** Runtime modules first, then the program's; each module after the modules it imports. */
export function initialisationOrder(files: readonly ts.SourceFile[], entry: ts.SourceFile, checker: ts.TypeChecker): ts.SourceFile[] {
  const ordered: ts.SourceFile[] = [];
  const visited = new Set<ts.SourceFile>();
  const visit = (file: ts.SourceFile): void => {
    if (visited.has(file)) return;
    visited.add(file);
    for (const imported of importedFiles(file, checker)) visit(imported);
    ordered.push(file);
  };
  files.filter((file) => isRuntimeFile(file.fileName) && !file.isDeclarationFile).forEach(visit);
  visit(entry);
  return ordered;
}

function importedFiles(file: ts.SourceFile, checker: ts.TypeChecker): ts.SourceFile[] {
  const result: ts.SourceFile[] = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const symbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
    const declaration = symbol?.valueDeclaration;
    if (declaration && ts.isSourceFile(declaration) && !declaration.isDeclarationFile) result.push(declaration);
  }
  return result;
}

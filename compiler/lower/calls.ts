// Calls and construction: user functions and methods, the dialect library
// (conversions, String, Math, console.log, methods of strings, numbers and
// typed arrays), runtime intrinsics and external symbols.
import * as ts from "typescript";
import { Value } from "../llvm/ir-module";
import { declarationOf, isExternalDeclaration, isIntrinsicDeclaration, isLibraryDeclaration, libraryName } from "../frontend/symbols";
import {
  DialectType, NumericType, TypedArrayType, f64, i32, integerType, isConversionName, isNumeric, stringType,
} from "../types/dialect-type";
import { convert } from "./arithmetic";
import { lowerAs, lowerExpression } from "./expressions";
import { FunctionState } from "./function-state";
import { consoleLog, stringOf } from "./strings";
import { mathCall } from "./math";
import { typedArrayMethod, newTypedArray } from "./typed-arrays";

/** What a left-out optional i32 argument is passed as (docs/runtime-abi.md). */
export const absentI32 = -2147483648n;


export function lowerCall(state: FunctionState, node: ts.CallExpression): Value {
  const callee = node.expression;
  const context = state.context;
  const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  const declaration = declarationOf(context.checker, nameNode);
  if (!declaration) throw new Error(`internal: unresolved call ${callee.getText()}`);
  if (isLibraryDeclaration(declaration)) return libraryCall(state, node, libraryName(declaration));
  if (isIntrinsicDeclaration(declaration)) return directCall(state, node, `__intrinsic_${libraryName(declaration).split(".").pop()}`, declaration as ts.FunctionDeclaration);
  if (isExternalDeclaration(declaration)) return directCall(state, node, (declaration as ts.FunctionDeclaration).name!.text, declaration as ts.FunctionDeclaration);
  const fn = context.functions.get(declaration);
  if (!fn && isFunctionValued(declaration)) return indirectCall(state, node);
  if (!fn) throw new Error(`internal: no function for ${callee.getText()}`);
  const args = node.arguments.map((argument) => lowerExpression(state, argument));
  if (ts.isPropertyAccessExpression(callee)) args.unshift(lowerExpression(state, callee.expression));
  return state.builder.CreateCall(fn, args);
}

function isFunctionValued(declaration: ts.Declaration): boolean {
  return ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isPropertyDeclaration(declaration);
}

/** A call through a value of function type: the reference is the function's address. */
function indirectCall(state: FunctionState, node: ts.CallExpression): Value {
  const ir = state.context.ir;
  const type = state.context.typer.typeOf(node.expression);
  if (type.kind !== "function") throw new Error("internal: indirect call of a non-function");
  const functionType = ir.functionType(ir.typeOf(type.returnType), type.parameters.map((parameter) => ir.typeOf(parameter)));
  const callee = state.builder.CreateBitCast(lowerExpression(state, node.expression), ir.pointerTo(functionType));
  return state.builder.CreateCall(functionType, callee, node.arguments.map((argument) => lowerExpression(state, argument)));
}

/** A call to a symbol outside the program's own functions, typed by its declaration. */
function directCall(state: FunctionState, node: ts.CallExpression, symbol: string, declaration: ts.FunctionDeclaration): Value {
  const signature = state.context.typer.signature(declaration);
  const fn = state.context.runtime(symbol, signature.parameters, signature.returnType);
  return state.builder.CreateCall(fn, node.arguments.map((argument) => lowerExpression(state, argument)));
}

function libraryCall(state: FunctionState, node: ts.CallExpression, name: string): Value {
  const context = state.context;
  const typer = context.typer;
  if (isConversionName(name)) {
    const argument = node.arguments[0]!;
    return convert(state, lowerExpression(state, argument), typer.typeOf(argument), typer.typeOf(node) as NumericType);
  }
  if (name === "String") {
    const argument = node.arguments[0]!;
    return stringOf(state, lowerExpression(state, argument), typer.typeOf(argument), false);
  }
  if (name === "console.log") {
    consoleLog(state, node.arguments.map((argument) => ({ value: lowerExpression(state, argument), type: typer.typeOf(argument) })));
    return context.ir.undefinedValue(context.ir.i1);
  }
  if (name === "String.fromCharCode") {
    return context.call("__toro_string_fromCharCode", [integerType("u16")], stringType, [lowerExpression(state, node.arguments[0]!)]);
  }
  if (name === "isNaN" || name === "isFinite" || name.startsWith("Math.")) {
    return mathCall(state, name, node.arguments.map((argument) => lowerAs(state, argument, f64)));
  }
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee)) throw new Error(`internal: library function ${name}`);
  return libraryMethod(state, node, callee, name);
}

function libraryMethod(state: FunctionState, node: ts.CallExpression, callee: ts.PropertyAccessExpression, name: string): Value {
  const context = state.context;
  const receiverType = context.typer.typeOf(callee.expression);
  const receiver = lowerExpression(state, callee.expression);
  const method = callee.name.text;
  if (receiverType.kind === "typedArray") return typedArrayMethod(state, node, receiverType, receiver, method);
  if (method === "toString") return stringOf(state, receiver, receiverType, false);
  if (isNumeric(receiverType) && method === "toFixed") {
    const digits = lowerExpression(state, node.arguments[0]!);
    return context.call("__toro_f64_toFixed", [f64, i32], stringType, [convert(state, receiver, receiverType, f64), digits]);
  }
  if (receiverType.kind === "string") return stringMethod(state, node, receiver, method);
  throw new Error(`internal: library method ${name}`);
}

/** s.method(args) → __toro_string_<method>(s, args), left-out arguments passed as absent. */
function stringMethod(state: FunctionState, node: ts.CallExpression, receiver: Value, method: string): Value {
  const context = state.context;
  const declaration = declarationOf(context.checker, (node.expression as ts.PropertyAccessExpression).name) as ts.MethodSignature;
  const signature = context.typer.signature(declaration);
  const args: Value[] = [receiver];
  signature.parameters.forEach((parameter, index) => {
    const argument = node.arguments[index];
    args.push(argument ? lowerExpression(state, argument) : absentValue(state, parameter));
  });
  return context.call(`__toro_string_${method}`, [stringType, ...signature.parameters], signature.returnType, args);
}

export function absentValue(state: FunctionState, type: DialectType): Value {
  const ir = state.context.ir;
  if (type.kind === "integer") return ir.integer(type.bits, absentI32);
  return ir.zeroOf(type);
}

export function lowerNew(state: FunctionState, node: ts.NewExpression): Value {
  const context = state.context;
  const type = context.typer.typeOf(node);
  const args = (node.arguments ?? []).map((argument) => lowerExpression(state, argument));
  if (type.kind === "typedArray") return newTypedArray(state, node, type as TypedArrayType, args[0]!);
  if (type.kind !== "class") throw new Error("internal: new of a non-class");
  const layout = context.classes.get(type.declaration);
  if (!layout) throw new Error(`internal: class ${type.name} has no layout`);
  return state.builder.CreateCall(layout.constructor, args);
}


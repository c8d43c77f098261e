// Places: what can be read and assigned — locals, globals, class fields and
// typed array elements (bounds-checked) — plus read-only values reached the
// same way (.length, string indexing).
import * as ts from "typescript";
import { Value } from "../llvm/ir-module";
import { declarationOf, isLibraryDeclaration, libraryName } from "../frontend/symbols";
import { DialectType, ClassType, TypedArrayType, f64, i32, i64, stringType } from "../types/dialect-type";
import { lowerExpression } from "./expressions";
import { FunctionState } from "./function-state";
import { convert } from "./arithmetic";

export type Place =
  | { kind: "slot"; pointer: Value; type: DialectType }
  | { kind: "value"; value: Value; type: DialectType };

export function loadPlace(state: FunctionState, place: Place): Value {
  if (place.kind === "value") return place.value;
  return state.builder.CreateLoad(state.context.ir.typeOf(place.type), place.pointer);
}

export function storePlace(state: FunctionState, place: Place, value: Value): void {
  if (place.kind === "value") throw new Error("internal: assignment to a read-only value");
  state.builder.CreateStore(value, place.pointer);
}

export function placeOf(state: FunctionState, node: ts.Expression): Place {
  if (ts.isParenthesizedExpression(node)) return placeOf(state, node.expression);
  if (ts.isIdentifier(node)) return variablePlace(state, node);
  if (ts.isPropertyAccessExpression(node)) return propertyPlace(state, node);
  if (ts.isElementAccessExpression(node)) return elementPlace(state, node);
  throw new Error(`internal: ${ts.SyntaxKind[node.kind]} is not a place`);
}

function variablePlace(state: FunctionState, node: ts.Identifier): Place {
  const declaration = declarationOf(state.context.checker, node);
  if (!declaration) throw new Error(`internal: '${node.text}' has no declaration`);
  const local = state.locals.get(declaration);
  if (local) return { kind: "slot", pointer: local.pointer, type: local.type };
  const global = state.context.globals.get(declaration);
  if (global?.kind === "shared") return { kind: "slot", pointer: global.variable, type: global.type };
  if (global?.kind === "instance") return { kind: "slot", pointer: state.context.instance.pointer(global.index), type: global.type };
  throw new Error(`internal: '${node.text}' is neither a local nor a global`);
}

function propertyPlace(state: FunctionState, node: ts.PropertyAccessExpression): Place {
  const context = state.context;
  const name = node.name.text;
  const constant = libraryConstant(state, node);
  if (constant) return constant;
  const receiverType = context.typer.typeOf(node.expression);
  const receiver = lowerExpression(state, node.expression);
  if (name === "length" && (receiverType.kind === "string" || receiverType.kind === "typedArray")) {
    return { kind: "value", value: loadLength(state, receiver, receiverType.kind === "string" ? 0 : 8), type: i32 };
  }
  if (receiverType.kind !== "class") throw new Error(`internal: property '${name}' of ${receiverType.kind}`);
  return fieldPlace(state, receiver, receiverType, name);
}

/** Math.PI and Math.E. */
function libraryConstant(state: FunctionState, node: ts.PropertyAccessExpression): Place | undefined {
  const declaration = declarationOf(state.context.checker, node.name);
  if (!declaration || !isLibraryDeclaration(declaration)) return undefined;
  const name = libraryName(declaration);
  if (name !== "Math.PI" && name !== "Math.E") return undefined;
  return { kind: "value", value: state.context.ir.float(64, name === "Math.PI" ? Math.PI : Math.E), type: f64 };
}

export function fieldPlace(state: FunctionState, receiver: Value, type: ClassType, name: string): Place {
  const layout = state.context.classes.get(type.declaration);
  if (!layout) throw new Error(`internal: class ${type.name} has no layout`);
  const index = layout.fieldIndex.get(name);
  if (index === undefined) throw new Error(`internal: class ${type.name} has no field ${name}`);
  const ir = state.context.ir;
  const b = state.builder;
  const typed = b.CreateBitCast(receiver, ir.pointerTo(layout.struct));
  const pointer = b.CreateInBoundsGEP(layout.struct, typed, [ir.integer(32, 0n), ir.integer(32, BigInt(index))]);
  return { kind: "slot", pointer, type: layout.fieldTypes[index]! };
}

/** The i32 length stored at `offset` in a string (0) or typed array header (8). */
export function loadLength(state: FunctionState, object: Value, offset: number): Value {
  const ir = state.context.ir;
  const b = state.builder;
  const address = b.CreateInBoundsGEP(ir.i8, object, [ir.integer(64, BigInt(offset))]);
  return b.CreateLoad(ir.i32, b.CreateBitCast(address, ir.pointerTo(ir.i32)));
}

/** The elements pointer of a typed array header, typed for `array.element`. */
export function elementsPointer(state: FunctionState, array: Value, type: TypedArrayType): Value {
  const ir = state.context.ir;
  const b = state.builder;
  const elements = b.CreateLoad(ir.reference, b.CreateBitCast(array, ir.pointerTo(ir.reference)));
  return b.CreateBitCast(elements, ir.pointerTo(ir.typeOf(type.element)));
}

function elementPlace(state: FunctionState, node: ts.ElementAccessExpression): Place {
  const context = state.context;
  const receiverType = context.typer.typeOf(node.expression);
  const receiver = lowerExpression(state, node.expression);
  const indexType = context.typer.typeOf(node.argumentExpression);
  const index = lowerExpression(state, node.argumentExpression);
  if (receiverType.kind === "string") {
    const index32 = convert(state, index, indexType, i32);
    const value = context.call("__toro_string_at", [stringType, i32, stringType, i32], stringType, [receiver, index32, ...context.locationArguments(node)]);
    return { kind: "value", value, type: stringType };
  }
  if (receiverType.kind !== "typedArray") throw new Error(`internal: indexing ${receiverType.kind}`);
  const index64 = convert(state, index, indexType, i64);
  const length = loadLength(state, receiver, 8);
  checkBounds(state, node, index64, length);
  const pointer = state.builder.CreateInBoundsGEP(context.ir.typeOf(receiverType.element), elementsPointer(state, receiver, receiverType), [index64]);
  return { kind: "slot", pointer, type: receiverType.element };
}

/** Panics unless 0 <= index < length (one unsigned comparison covers both ends). */
export function checkBounds(state: FunctionState, node: ts.Node, index64: Value, length32: Value): void {
  const context = state.context;
  const b = state.builder;
  const length64 = b.CreateZExt(length32, context.ir.i64);
  const outside = state.newBlock("index.out.of.bounds");
  const inside = state.newBlock("index.ok");
  b.CreateCondBr(b.CreateICmpULT(index64, length64), inside, outside);
  b.SetInsertPoint(outside);
  context.call("__toro_panic_bounds", [i64, i32, stringType, i32], { kind: "void" }, [index64, length32, ...context.locationArguments(node)]);
  b.CreateUnreachable();
  b.SetInsertPoint(inside);
}

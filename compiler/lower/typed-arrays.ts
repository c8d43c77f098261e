// Typed arrays: construction and the fill/set/subarray methods, lowered to
// the element-size-generic runtime functions of runtime/lang/typed_array.ts.
import * as ts from "typescript";
import { Value } from "../llvm/ir-module";
import { TypedArrayType, elementSizeInBytes, typedArrayKindCode, i32, integerType, objectType, stringType, voidType } from "../types/dialect-type";
import { lowerExpression } from "./expressions";
import { FunctionState } from "./function-state";
import { absentI32 } from "./calls";

const u64 = integerType("u64");

export function newTypedArray(state: FunctionState, node: ts.NewExpression, type: TypedArrayType, length: Value): Value {
  const context = state.context;
  const elementSize = context.ir.integer(32, BigInt(elementSizeInBytes(type.element)));
  const kind = context.ir.integer(32, BigInt(typedArrayKindCode(type.name)));
  return context.call("__toro_typedarray_new", [i32, i32, i32, stringType, i32], objectType, [length, elementSize, kind, ...context.locationArguments(node)]);
}

export function typedArrayMethod(state: FunctionState, node: ts.CallExpression, type: TypedArrayType, array: Value, method: string): Value {
  const context = state.context;
  const ir = context.ir;
  const elementSize = ir.integer(32, BigInt(elementSizeInBytes(type.element)));
  const optional = (index: number): Value => {
    const argument = node.arguments[index];
    return argument ? lowerExpression(state, argument) : ir.integer(32, absentI32);
  };
  switch (method) {
    case "fill": {
      const bits = elementBits(state, type, lowerExpression(state, node.arguments[0]!));
      context.call("__toro_typedarray_fill", [objectType, u64, i32, i32, i32], voidType, [array, bits, optional(1), optional(2), elementSize]);
      return array;
    }
    case "set": {
      const source = lowerExpression(state, node.arguments[0]!);
      const offset = node.arguments[1] ? lowerExpression(state, node.arguments[1]) : ir.integer(32, 0n);
      context.call("__toro_typedarray_set", [objectType, objectType, i32, i32, stringType, i32], voidType, [array, source, offset, elementSize, ...context.locationArguments(node)]);
      return ir.undefinedValue(ir.i1);
    }
    case "subarray":
      return context.call("__toro_typedarray_subarray", [objectType, i32, i32, i32], objectType, [array, optional(0), optional(1), elementSize]);
    default:
      throw new Error(`internal: typed array method ${method}`);
  }
}

/** The element's bit pattern in the low bytes of a u64 (what fill stores, element-size bytes of it). */
function elementBits(state: FunctionState, type: TypedArrayType, value: Value): Value {
  const ir = state.context.ir;
  const b = state.builder;
  const element = type.element;
  if (element.kind === "float") {
    const bits = b.CreateBitCast(value, element.bits === 32 ? ir.i32 : ir.i64);
    return element.bits === 32 ? b.CreateZExt(bits, ir.i64) : bits;
  }
  return element.bits === 64 ? value : b.CreateZExt(value, ir.i64);
}

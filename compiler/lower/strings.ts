// Strings: conversion of values to strings, concatenation, comparison and
// console output, all through the runtime's __toro_* functions.
import * as ts from "typescript";
import { Value } from "../llvm/ir-module";
import { DialectType, booleanType, f64, i32, i64, integerType, stringType, voidType } from "../types/dialect-type";
import { convert } from "./arithmetic";
import { FunctionState } from "./function-state";

const u64 = integerType("u64");

/**
 * The string form of a printable value. `forLog` selects what console.log
 * prints (-0 as "-0"); otherwise String(x) and template semantics ("0").
 */
export function stringOf(state: FunctionState, value: Value, type: DialectType, forLog: boolean): Value {
  const context = state.context;
  switch (type.kind) {
    case "string":
      return value;
    case "boolean":
      return context.call("__toro_bool_toString", [booleanType], stringType, [value]);
    case "float": {
      const wide = convert(state, value, type, f64);
      const helper = forLog ? "__toro_f64_toLogString" : "__toro_f64_toString";
      return context.call(helper, [f64], stringType, [wide]);
    }
    case "integer":
      if (type.signed) return context.call("__toro_i64_toString", [i64], stringType, [convert(state, value, type, i64)]);
      return context.call("__toro_u64_toString", [u64], stringType, [convert(state, value, type, u64)]);
    default:
      throw new Error(`internal: no string form for ${type.kind}`);
  }
}

export function concat(state: FunctionState, left: Value, right: Value): Value {
  return state.context.call("__toro_string_concat", [stringType, stringType], stringType, [left, right]);
}

export function compareStrings(state: FunctionState, operator: ts.SyntaxKind, left: Value, right: Value): Value {
  const context = state.context;
  const b = state.builder;
  const zero = context.ir.integer(32, 0n);
  switch (operator) {
    case ts.SyntaxKind.EqualsEqualsEqualsToken:
    case ts.SyntaxKind.EqualsEqualsToken:
      return context.call("__toro_string_equals", [stringType, stringType], booleanType, [left, right]);
    case ts.SyntaxKind.ExclamationEqualsEqualsToken:
    case ts.SyntaxKind.ExclamationEqualsToken:
      return b.CreateNot(context.call("__toro_string_equals", [stringType, stringType], booleanType, [left, right]));
  }
  const order = context.call("__toro_string_compare", [stringType, stringType], i32, [left, right]);
  switch (operator) {
    case ts.SyntaxKind.LessThanToken: return b.CreateICmpSLT(order, zero);
    case ts.SyntaxKind.LessThanEqualsToken: return b.CreateICmpSLE(order, zero);
    case ts.SyntaxKind.GreaterThanToken: return b.CreateICmpSGT(order, zero);
    default: return b.CreateICmpSGE(order, zero);
  }
}

/** console.log(a, b, ...): one line, arguments separated by single spaces, written at once. */
export function consoleLog(state: FunctionState, parts: { value: Value; type: DialectType }[]): void {
  const context = state.context;
  let line: Value = context.stringLiteral("");
  parts.forEach((part, index) => {
    if (index > 0) line = concat(state, line, context.stringLiteral(" "));
    line = concat(state, line, stringOf(state, part.value, part.type, true));
  });
  context.call("__toro_console_line", [stringType], voidType, [line]);
}

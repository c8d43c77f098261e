// Numeric operators and conversions with the dialect's semantics.
//
// - Integer + - * wrap at the type's width (plain LLVM add/sub/mul, no nsw).
// - Integer / and % truncate; a zero divisor panics; MIN / -1 wraps to MIN and
//   MIN % -1 is 0 (x86's idiv would trap on both).
// - Shifts take their count modulo 32 for types up to 32 bits (as JavaScript
//   does) and modulo 64 for 64-bit types; narrow types shift in 32 bits and
//   wrap back, so i8(x << 9) is 0 in the dialect and in JavaScript.
// - Float to integer truncates toward zero and wraps modulo 2^width; NaN and
//   infinities give 0 (JavaScript's ToInt32 family).
import * as ts from "typescript";
import { Value } from "../llvm/ir-module";
import { DialectType, FloatType, IntegerType, NumericType, typeName } from "../types/dialect-type";
import { FunctionState } from "./function-state";

export function arithmetic(state: FunctionState, operator: ts.BinaryOperator, type: NumericType, left: Value, right: Value, node: ts.Node): Value {
  return type.kind === "float" ? floatArithmetic(state, operator, left, right) : integerArithmetic(state, operator, type, left, right, node);
}

function floatArithmetic(state: FunctionState, operator: ts.BinaryOperator, left: Value, right: Value): Value {
  const b = state.builder;
  switch (operator) {
    case ts.SyntaxKind.PlusToken: return b.CreateFAdd(left, right);
    case ts.SyntaxKind.MinusToken: return b.CreateFSub(left, right);
    case ts.SyntaxKind.AsteriskToken: return b.CreateFMul(left, right);
    case ts.SyntaxKind.SlashToken: return b.CreateFDiv(left, right);
    case ts.SyntaxKind.PercentToken: return b.CreateFRem(left, right);
    default: throw new Error(`internal: ${ts.SyntaxKind[operator]} on floats`);
  }
}

function integerArithmetic(state: FunctionState, operator: ts.BinaryOperator, type: IntegerType, left: Value, right: Value, node: ts.Node): Value {
  const b = state.builder;
  switch (operator) {
    case ts.SyntaxKind.PlusToken: return b.CreateAdd(left, right);
    case ts.SyntaxKind.MinusToken: return b.CreateSub(left, right);
    case ts.SyntaxKind.AsteriskToken: return b.CreateMul(left, right);
    case ts.SyntaxKind.SlashToken:
    case ts.SyntaxKind.PercentToken:
      return division(state, operator === ts.SyntaxKind.SlashToken, type, left, right, node);
    case ts.SyntaxKind.AmpersandToken: return b.CreateAnd(left, right);
    case ts.SyntaxKind.BarToken: return b.CreateOr(left, right);
    case ts.SyntaxKind.CaretToken: return b.CreateXor(left, right);
    case ts.SyntaxKind.LessThanLessThanToken:
    case ts.SyntaxKind.GreaterThanGreaterThanToken:
    case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken:
      return shift(state, operator, type, left, right);
    default: throw new Error(`internal: ${ts.SyntaxKind[operator]} on integers`);
  }
}

function division(state: FunctionState, quotient: boolean, type: IntegerType, left: Value, right: Value, node: ts.Node): Value {
  const ir = state.context.ir;
  const b = ir.builder;
  const zero = ir.integer(type.bits, 0n);
  const fails = state.newBlock("division.by.zero");
  const proceeds = state.newBlock("division");
  b.CreateCondBr(b.CreateICmpEQ(right, zero), fails, proceeds);
  b.SetInsertPoint(fails);
  state.context.panicAt(node, "__toro_panic_division");
  b.SetInsertPoint(proceeds);
  if (!type.signed) return quotient ? b.CreateUDiv(left, right) : b.CreateURem(left, right);
  const minusOne = ir.integer(type.bits, -1n);
  const isMinusOne = b.CreateICmpEQ(right, minusOne);
  const safeDivisor = b.CreateSelect(isMinusOne, ir.integer(type.bits, 1n), right);
  if (quotient) return b.CreateSelect(isMinusOne, b.CreateSub(zero, left), b.CreateSDiv(left, safeDivisor));
  return b.CreateSelect(isMinusOne, zero, b.CreateSRem(left, safeDivisor));
}

function shift(state: FunctionState, operator: ts.BinaryOperator, type: IntegerType, left: Value, right: Value): Value {
  const ir = state.context.ir;
  const b = ir.builder;
  const width = type.bits === 64 ? 64 : 32;
  const wide = width === 64 ? ir.i64 : ir.i32;
  const widened = type.bits >= width ? left : type.signed ? b.CreateSExt(left, wide) : b.CreateZExt(left, wide);
  const count = b.CreateAnd(b.CreateZExtOrTrunc(right, wide), ir.integer(width, BigInt(width - 1)));
  let result: Value;
  if (operator === ts.SyntaxKind.LessThanLessThanToken) result = b.CreateShl(widened, count);
  else if (operator === ts.SyntaxKind.GreaterThanGreaterThanToken && type.signed) result = b.CreateAShr(widened, count);
  else result = b.CreateLShr(widened, count);
  return type.bits >= width ? result : b.CreateTrunc(result, ir.typeOf(type));
}

export function compare(state: FunctionState, operator: ts.SyntaxKind, type: NumericType | { kind: "boolean" }, left: Value, right: Value): Value {
  const b = state.builder;
  if (type.kind === "float") {
    switch (operator) {
      case ts.SyntaxKind.EqualsEqualsEqualsToken: case ts.SyntaxKind.EqualsEqualsToken: return b.CreateFCmpOEQ(left, right);
      case ts.SyntaxKind.ExclamationEqualsEqualsToken: case ts.SyntaxKind.ExclamationEqualsToken: return b.CreateFCmpUNE(left, right);
      case ts.SyntaxKind.LessThanToken: return b.CreateFCmpOLT(left, right);
      case ts.SyntaxKind.LessThanEqualsToken: return b.CreateFCmpOLE(left, right);
      case ts.SyntaxKind.GreaterThanToken: return b.CreateFCmpOGT(left, right);
      default: return b.CreateFCmpOGE(left, right);
    }
  }
  const signed = type.kind === "integer" && type.signed;
  switch (operator) {
    case ts.SyntaxKind.EqualsEqualsEqualsToken: case ts.SyntaxKind.EqualsEqualsToken: return b.CreateICmpEQ(left, right);
    case ts.SyntaxKind.ExclamationEqualsEqualsToken: case ts.SyntaxKind.ExclamationEqualsToken: return b.CreateICmpNE(left, right);
    case ts.SyntaxKind.LessThanToken: return signed ? b.CreateICmpSLT(left, right) : b.CreateICmpULT(left, right);
    case ts.SyntaxKind.LessThanEqualsToken: return signed ? b.CreateICmpSLE(left, right) : b.CreateICmpULE(left, right);
    case ts.SyntaxKind.GreaterThanToken: return signed ? b.CreateICmpSGT(left, right) : b.CreateICmpUGT(left, right);
    default: return signed ? b.CreateICmpSGE(left, right) : b.CreateICmpUGE(left, right);
  }
}

/** Converts between number types (and from boolean), with the semantics in the file comment. */
export function convert(state: FunctionState, value: Value, from: DialectType, to: NumericType): Value {
  const ir = state.context.ir;
  const b = ir.builder;
  const target = ir.typeOf(to);
  if (from.kind === "boolean") return to.kind === "float" ? b.CreateUIToFP(value, target) : b.CreateZExt(value, target);
  if (from.kind === "integer") {
    if (to.kind === "float") return from.signed ? b.CreateSIToFP(value, target) : b.CreateUIToFP(value, target);
    if (to.bits === from.bits) return value;
    return to.bits < from.bits ? b.CreateTrunc(value, target) : from.signed ? b.CreateSExt(value, target) : b.CreateZExt(value, target);
  }
  if (from.kind !== "float") throw new Error(`internal: cannot convert ${typeName(from)}`);
  if (to.kind === "float") {
    if (to.bits === from.bits) return value;
    return to.bits < from.bits ? b.CreateFPTrunc(value, target) : b.CreateFPExt(value, target);
  }
  const wrapped = floatToInteger64(state, from.bits === 32 ? b.CreateFPExt(value, ir.f64) : value);
  return to.bits === 64 ? wrapped : b.CreateTrunc(wrapped, target);
}

/**
 * f64 → i64 modulo 2^64, truncating toward zero; NaN and infinities give 0.
 * Values within ±2^63 convert directly. Larger ones are reduced with frem
 * (fmod is exact) into [0, 2^64) and then into [-2^63, 2^63): at that
 * magnitude every double is a multiple of 2^11, so both steps are exact.
 * fptosi of an out-of-range value is poison, but select never picks it.
 */
function floatToInteger64(state: FunctionState, value: Value): Value {
  const ir = state.context.ir;
  const b = ir.builder;
  const two63 = ir.float(64, 2 ** 63);
  const two64 = ir.float(64, 2 ** 64);
  const truncated = b.CreateCall(truncIntrinsic(state), [value]);
  const magnitude = b.CreateCall(fabs(state), [truncated]);
  const small = b.CreateFCmpOLT(magnitude, two63);
  const finite = b.CreateFCmpOLT(magnitude, ir.float(64, Infinity));
  let reduced = b.CreateFRem(truncated, two64);
  reduced = b.CreateSelect(b.CreateFCmpOLT(reduced, ir.float(64, 0)), b.CreateFAdd(reduced, two64), reduced);
  reduced = b.CreateSelect(b.CreateFCmpOGE(reduced, two63), b.CreateFSub(reduced, two64), reduced);
  const large = b.CreateSelect(finite, reduced, ir.float(64, 0));
  return b.CreateSelect(small, b.CreateFPToSI(truncated, ir.i64), b.CreateFPToSI(large, ir.i64));
}

function fabs(state: FunctionState) {
  const ir = state.context.ir;
  return ir.declareFunction("llvm.fabs.f64", ir.functionType(ir.f64, [ir.f64]), "external");
}

function truncIntrinsic(state: FunctionState) {
  const ir = state.context.ir;
  return ir.declareFunction("llvm.trunc.f64", ir.functionType(ir.f64, [ir.f64]), "external");
}

export function isFloat(type: DialectType): type is FloatType {
  return type.kind === "float";
}

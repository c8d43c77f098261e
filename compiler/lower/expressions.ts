// Lowering of expressions to LLVM values. Types come from the typer; this
// file only decides which instructions express them.
import * as ts from "typescript";
import { Value } from "../llvm/ir-module";
import { declarationOf, isLibraryDeclaration, libraryName } from "../frontend/symbols";
import { DialectType, NumericType, isNumeric } from "../types/dialect-type";
import { floatValue, integerValue } from "../types/literals";
import { binaryOperatorOf, isComparison, isCompoundAssignment } from "../types/typer";
import { arithmetic, compare, convert } from "./arithmetic";
import { lowerCall, lowerNew } from "./calls";
import { FunctionState } from "./function-state";
import { loadPlace, placeOf, storePlace } from "./places";
import { compareStrings, concat, stringOf } from "./strings";

export function lowerExpression(state: FunctionState, node: ts.Expression): Value {
  const typer = state.context.typer;
  const literal = typer.literalOf(node);
  if (literal) return numericConstant(state, typer.typeOf(node) as NumericType, literal);
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return state.context.stringLiteral((node as ts.StringLiteral).text);
    case ts.SyntaxKind.TemplateExpression:
      return template(state, node as ts.TemplateExpression);
    case ts.SyntaxKind.TrueKeyword:
      return state.context.ir.boolean(true);
    case ts.SyntaxKind.FalseKeyword:
      return state.context.ir.boolean(false);
    case ts.SyntaxKind.ParenthesizedExpression:
      return lowerExpression(state, (node as ts.ParenthesizedExpression).expression);
    case ts.SyntaxKind.ThisKeyword:
      return state.thisValue!;
    case ts.SyntaxKind.Identifier:
      return identifier(state, node as ts.Identifier);
    case ts.SyntaxKind.PrefixUnaryExpression:
      return prefixUnary(state, node as ts.PrefixUnaryExpression);
    case ts.SyntaxKind.PostfixUnaryExpression: {
      const postfix = node as ts.PostfixUnaryExpression;
      return increment(state, postfix.operand, postfix.operator === ts.SyntaxKind.PlusPlusToken, false);
    }
    case ts.SyntaxKind.BinaryExpression:
      return binary(state, node as ts.BinaryExpression);
    case ts.SyntaxKind.ConditionalExpression:
      return conditional(state, node as ts.ConditionalExpression);
    case ts.SyntaxKind.CallExpression:
      return lowerCall(state, node as ts.CallExpression);
    case ts.SyntaxKind.NewExpression:
      return lowerNew(state, node as ts.NewExpression);
    case ts.SyntaxKind.PropertyAccessExpression:
    case ts.SyntaxKind.ElementAccessExpression:
      return loadPlace(state, placeOf(state, node));
    default:
      throw new Error(`internal: cannot lower ${ts.SyntaxKind[node.kind]}`);
  }
}

function numericConstant(state: FunctionState, type: NumericType, literal: NonNullable<ReturnType<FunctionState["context"]["typer"]["literalOf"]>>): Value {
  const ir = state.context.ir;
  if (type.kind === "float") return ir.float(type.bits, floatValue(literal));
  return ir.integer(type.bits, integerValue(literal) ?? 0n);
}

function template(state: FunctionState, node: ts.TemplateExpression): Value {
  const context = state.context;
  let result: Value = context.stringLiteral(node.head.text);
  for (const span of node.templateSpans) {
    const type = context.typer.typeOf(span.expression);
    result = concat(state, result, stringOf(state, lowerExpression(state, span.expression), type, false));
    if (span.literal.text.length > 0) result = concat(state, result, context.stringLiteral(span.literal.text));
  }
  return result;
}

function identifier(state: FunctionState, node: ts.Identifier): Value {
  const declaration = declarationOf(state.context.checker, node);
  if (declaration && isLibraryDeclaration(declaration)) {
    const name = libraryName(declaration);
    if (name === "NaN") return state.context.ir.float(64, NaN);
    if (name === "Infinity") return state.context.ir.float(64, Infinity);
  }
  if (declaration && ts.isFunctionDeclaration(declaration)) {
    const fn = state.context.functions.get(declaration);
    if (!fn) throw new Error(`internal: no function for ${node.text}`);
    return state.builder.CreateBitCast(fn, state.context.ir.reference);
  }
  return loadPlace(state, placeOf(state, node));
}

function prefixUnary(state: FunctionState, node: ts.PrefixUnaryExpression): Value {
  const b = state.builder;
  const ir = state.context.ir;
  switch (node.operator) {
    case ts.SyntaxKind.PlusPlusToken:
    case ts.SyntaxKind.MinusMinusToken:
      return increment(state, node.operand, node.operator === ts.SyntaxKind.PlusPlusToken, true);
    case ts.SyntaxKind.ExclamationToken:
      return b.CreateNot(lowerExpression(state, node.operand));
    case ts.SyntaxKind.PlusToken:
      return lowerExpression(state, node.operand);
    case ts.SyntaxKind.TildeToken:
      return b.CreateNot(lowerExpression(state, node.operand));
    case ts.SyntaxKind.MinusToken: {
      const type = state.context.typer.typeOf(node) as NumericType;
      const operand = lowerExpression(state, node.operand);
      return type.kind === "float" ? b.CreateFNeg(operand) : b.CreateSub(ir.integer(type.bits, 0n), operand);
    }
    default:
      throw new Error(`internal: prefix operator ${ts.SyntaxKind[node.operator]}`);
  }
}

/** ++x / x++ / --x / x--: returns the new value (prefix) or the old one (postfix). */
function increment(state: FunctionState, operand: ts.Expression, up: boolean, prefix: boolean): Value {
  const type = state.context.typer.typeOf(operand) as NumericType;
  const place = placeOf(state, operand);
  const old = loadPlace(state, place);
  const one = type.kind === "float" ? state.context.ir.float(type.bits, 1) : state.context.ir.integer(type.bits, 1n);
  const operator = up ? ts.SyntaxKind.PlusToken : ts.SyntaxKind.MinusToken;
  const updated = arithmetic(state, operator, type, old, one, operand);
  storePlace(state, place, updated);
  return prefix ? updated : old;
}

function binary(state: FunctionState, node: ts.BinaryExpression): Value {
  const operator = node.operatorToken.kind;
  if (operator === ts.SyntaxKind.EqualsToken) {
    const place = placeOf(state, node.left);
    const value = lowerExpression(state, node.right);
    storePlace(state, place, value);
    return value;
  }
  if (isCompoundAssignment(operator)) return compoundAssignment(state, node, binaryOperatorOf(operator));
  if (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken) {
    return shortCircuit(state, node, operator === ts.SyntaxKind.AmpersandAmpersandToken);
  }
  const typer = state.context.typer;
  const leftType = typer.typeOf(node.left);
  const rightType = typer.typeOf(node.right);
  const left = lowerExpression(state, node.left);
  const right = lowerExpression(state, node.right);
  return operate(state, node, operator, left, leftType, right, rightType);
}

function operate(state: FunctionState, node: ts.BinaryExpression, operator: ts.SyntaxKind, left: Value, leftType: DialectType, right: Value, rightType: DialectType): Value {
  if (operator === ts.SyntaxKind.PlusToken && (leftType.kind === "string" || rightType.kind === "string")) {
    return concat(state, stringOf(state, left, leftType, false), stringOf(state, right, rightType, false));
  }
  if (isComparison(operator)) {
    if (leftType.kind === "string") return compareStrings(state, operator, left, right);
    if (leftType.kind === "boolean") return compare(state, operator, leftType, left, right);
    if (leftType.kind === "class" || leftType.kind === "typedArray" || leftType.kind === "function") {
      return compareIdentity(state, operator, left, right);
    }
    if (isNumeric(leftType)) return compare(state, operator, leftType, left, right);
    throw new Error(`internal: comparing ${leftType.kind}`);
  }
  return arithmetic(state, operator as ts.BinaryOperator, leftType as NumericType, left, right, node);
}

/** === and !== on references: the same object (or function) or not. */
function compareIdentity(state: FunctionState, operator: ts.SyntaxKind, left: Value, right: Value): Value {
  const b = state.builder;
  const same = b.CreateICmpEQ(b.CreatePtrToInt(left, state.context.ir.i64), b.CreatePtrToInt(right, state.context.ir.i64));
  const negated = operator === ts.SyntaxKind.ExclamationEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken;
  return negated ? b.CreateNot(same) : same;
}

function compoundAssignment(state: FunctionState, node: ts.BinaryExpression, operator: ts.BinaryOperator): Value {
  const typer = state.context.typer;
  const place = placeOf(state, node.left);
  const current = loadPlace(state, place);
  const right = lowerExpression(state, node.right);
  const updated = operate(state, node, operator, current, typer.typeOf(node.left), right, typer.typeOf(node.right));
  storePlace(state, place, updated);
  return updated;
}

/** && and ||: the right operand runs only when the left does not decide. */
function shortCircuit(state: FunctionState, node: ts.BinaryExpression, isAnd: boolean): Value {
  const b = state.builder;
  const left = lowerExpression(state, node.left);
  const leftEnd = b.GetInsertBlock()!;
  const rightBlock = state.newBlock(isAnd ? "and.right" : "or.right");
  const join = state.newBlock(isAnd ? "and.end" : "or.end");
  if (isAnd) b.CreateCondBr(left, rightBlock, join);
  else b.CreateCondBr(left, join, rightBlock);
  b.SetInsertPoint(rightBlock);
  const right = lowerExpression(state, node.right);
  const rightEnd = b.GetInsertBlock()!;
  b.CreateBr(join);
  b.SetInsertPoint(join);
  const phi = b.CreatePHI(state.context.ir.i1, 2);
  phi.addIncoming(state.context.ir.boolean(!isAnd), leftEnd);
  phi.addIncoming(right, rightEnd);
  return phi;
}

function conditional(state: FunctionState, node: ts.ConditionalExpression): Value {
  const b = state.builder;
  const type = state.context.typer.typeOf(node);
  const condition = lowerExpression(state, node.condition);
  const whenTrue = state.newBlock("cond.true");
  const whenFalse = state.newBlock("cond.false");
  const join = state.newBlock("cond.end");
  b.CreateCondBr(condition, whenTrue, whenFalse);
  b.SetInsertPoint(whenTrue);
  const trueValue = lowerExpression(state, node.whenTrue);
  const trueEnd = b.GetInsertBlock()!;
  b.CreateBr(join);
  b.SetInsertPoint(whenFalse);
  const falseValue = lowerExpression(state, node.whenFalse);
  const falseEnd = b.GetInsertBlock()!;
  b.CreateBr(join);
  b.SetInsertPoint(join);
  const phi = b.CreatePHI(state.context.ir.typeOf(type), 2);
  phi.addIncoming(trueValue, trueEnd);
  phi.addIncoming(falseValue, falseEnd);
  return phi;
}

/** Lowers `node` and converts it to the numeric `target` type (for library calls taking f64). */
export function lowerAs(state: FunctionState, node: ts.Expression, target: NumericType): Value {
  return convert(state, lowerExpression(state, node), state.context.typer.typeOf(node), target);
}

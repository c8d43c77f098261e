// Lowering of statements: declarations of locals, control flow, loops with
// labelled break/continue, switch (cases compared in order, bodies falling
// through as in JavaScript), for...of over typed arrays and strings.
import * as ts from "typescript";
import { Value } from "../llvm/ir-module";
import { DialectType, TypedArrayType, i32, stringType } from "../types/dialect-type";
import { compare } from "./arithmetic";
import { lowerExpression } from "./expressions";
import { FunctionState, JumpTarget } from "./function-state";
import { checkBounds, elementsPointer, loadLength } from "./places";
import { compareStrings } from "./strings";

export function lowerStatement(state: FunctionState, node: ts.Statement): void {
  if (!ts.isBlock(node)) state.at(node);
  switch (node.kind) {
    case ts.SyntaxKind.Block:
      return (node as ts.Block).statements.forEach((child) => lowerStatement(state, child));
    case ts.SyntaxKind.VariableStatement:
      return lowerVariables(state, (node as ts.VariableStatement).declarationList);
    case ts.SyntaxKind.ExpressionStatement:
      return void lowerExpression(state, (node as ts.ExpressionStatement).expression);
    case ts.SyntaxKind.ReturnStatement:
      return lowerReturn(state, node as ts.ReturnStatement);
    case ts.SyntaxKind.IfStatement:
      return lowerIf(state, node as ts.IfStatement);
    case ts.SyntaxKind.WhileStatement:
      return lowerWhile(state, node as ts.WhileStatement);
    case ts.SyntaxKind.DoStatement:
      return lowerDoWhile(state, node as ts.DoStatement);
    case ts.SyntaxKind.ForStatement:
      return lowerFor(state, node as ts.ForStatement);
    case ts.SyntaxKind.ForOfStatement:
      return lowerForOf(state, node as ts.ForOfStatement);
    case ts.SyntaxKind.SwitchStatement:
      return lowerSwitch(state, node as ts.SwitchStatement);
    case ts.SyntaxKind.LabeledStatement: {
      const labelled = node as ts.LabeledStatement;
      state.pendingLabel = labelled.label.text;
      return lowerStatement(state, labelled.statement);
    }
    case ts.SyntaxKind.BreakStatement:
    case ts.SyntaxKind.ContinueStatement:
      return lowerJump(state, node as ts.BreakOrContinueStatement);
    default:
      // Function, class, import, export, interface and type declarations are lowered elsewhere or carry no code.
      return;
  }
}

export function lowerVariables(state: FunctionState, list: ts.VariableDeclarationList): void {
  for (const declaration of list.declarations) {
    const type = state.context.typer.declarationType(declaration);
    const slot = state.declareLocal(declaration, type, declaration.name.getText());
    const initial = declaration.initializer ? lowerExpression(state, declaration.initializer) : state.context.ir.zeroOf(type);
    state.builder.CreateStore(initial, slot.pointer);
  }
}

function lowerReturn(state: FunctionState, node: ts.ReturnStatement): void {
  if (node.expression) state.builder.CreateRet(lowerExpression(state, node.expression));
  else state.builder.CreateRetVoid();
  state.startUnreachableBlock();
}

function lowerIf(state: FunctionState, node: ts.IfStatement): void {
  const b = state.builder;
  const condition = lowerExpression(state, node.expression);
  const thenBlock = state.newBlock("if.then");
  const elseBlock = node.elseStatement ? state.newBlock("if.else") : undefined;
  const end = state.newBlock("if.end");
  b.CreateCondBr(condition, thenBlock, elseBlock ?? end);
  b.SetInsertPoint(thenBlock);
  lowerStatement(state, node.thenStatement);
  if (elseBlock) {
    state.jumpAndContinueIn(end, elseBlock);
    lowerStatement(state, node.elseStatement!);
  }
  state.jumpAndContinueIn(end, end);
}

/** Pushes the jump target of a loop or switch, claiming a pending label. */
function withTarget(state: FunctionState, target: Omit<JumpTarget, "label">, body: () => void): void {
  const label = state.pendingLabel;
  state.pendingLabel = undefined;
  state.jumpTargets.push({ ...target, label });
  body();
  state.jumpTargets.pop();
}

function lowerWhile(state: FunctionState, node: ts.WhileStatement): void {
  const b = state.builder;
  const test = state.newBlock("while.test");
  const body = state.newBlock("while.body");
  const end = state.newBlock("while.end");
  state.jumpAndContinueIn(test, test);
  b.CreateCondBr(lowerExpression(state, node.expression), body, end);
  b.SetInsertPoint(body);
  withTarget(state, { breakBlock: end, continueBlock: test }, () => lowerStatement(state, node.statement));
  state.jumpAndContinueIn(test, end);
}

function lowerDoWhile(state: FunctionState, node: ts.DoStatement): void {
  const b = state.builder;
  const body = state.newBlock("do.body");
  const test = state.newBlock("do.test");
  const end = state.newBlock("do.end");
  state.jumpAndContinueIn(body, body);
  withTarget(state, { breakBlock: end, continueBlock: test }, () => lowerStatement(state, node.statement));
  state.jumpAndContinueIn(test, test);
  b.CreateCondBr(lowerExpression(state, node.expression), body, end);
  b.SetInsertPoint(end);
}

function lowerFor(state: FunctionState, node: ts.ForStatement): void {
  const b = state.builder;
  const label = state.pendingLabel;
  state.pendingLabel = undefined;
  if (node.initializer) {
    if (ts.isVariableDeclarationList(node.initializer)) lowerVariables(state, node.initializer);
    else lowerExpression(state, node.initializer);
  }
  const test = state.newBlock("for.test");
  const body = state.newBlock("for.body");
  const step = state.newBlock("for.step");
  const end = state.newBlock("for.end");
  state.jumpAndContinueIn(test, test);
  if (node.condition) b.CreateCondBr(lowerExpression(state, node.condition), body, end);
  else b.CreateBr(body);
  b.SetInsertPoint(body);
  state.pendingLabel = label;
  withTarget(state, { breakBlock: end, continueBlock: step }, () => lowerStatement(state, node.statement));
  state.jumpAndContinueIn(step, step);
  if (node.incrementor) lowerExpression(state, node.incrementor);
  state.jumpAndContinueIn(test, end);
}

/** for (const x of array) / for (const c of string): an index loop over a value evaluated once. */
function lowerForOf(state: FunctionState, node: ts.ForOfStatement): void {
  const context = state.context;
  const ir = context.ir;
  const b = state.builder;
  const label = state.pendingLabel;
  state.pendingLabel = undefined;
  const iteratedType = context.typer.typeOf(node.expression);
  const iterated = lowerExpression(state, node.expression);
  const declaration = (node.initializer as ts.VariableDeclarationList).declarations[0]!;
  const elementType = context.typer.declarationType(declaration);
  const element = state.declareLocal(declaration, elementType, declaration.name.getText());
  const index = state.allocate(ir.i32, "for.of.index");
  b.CreateStore(ir.integer(32, 0n), index);
  const length = loadLength(state, iterated, iteratedType.kind === "string" ? 0 : 8);
  const test = state.newBlock("for.of.test");
  const body = state.newBlock("for.of.body");
  const step = state.newBlock("for.of.step");
  const end = state.newBlock("for.of.end");
  state.jumpAndContinueIn(test, test);
  const current = b.CreateLoad(ir.i32, index);
  b.CreateCondBr(b.CreateICmpSLT(current, length), body, end);
  b.SetInsertPoint(body);
  const [value, width] = iteratedType.kind === "string"
    ? codePointAt(state, iterated, current)
    : [elementAt(state, node, iteratedType as TypedArrayType, iterated, current), ir.integer(32, 1n)];
  b.CreateStore(value, element.pointer);
  b.CreateStore(b.CreateAdd(current, width), index);
  state.pendingLabel = label;
  withTarget(state, { breakBlock: end, continueBlock: step }, () => lowerStatement(state, node.statement));
  state.jumpAndContinueIn(step, step);
  state.jumpAndContinueIn(test, end);
}

function elementAt(state: FunctionState, node: ts.Node, type: TypedArrayType, array: Value, index32: Value): Value {
  const ir = state.context.ir;
  const b = state.builder;
  const index64 = b.CreateSExt(index32, ir.i64);
  checkBounds(state, node, index64, loadLength(state, array, 8));
  const pointer = b.CreateInBoundsGEP(ir.typeOf(type.element), elementsPointer(state, array, type), [index64]);
  return b.CreateLoad(ir.typeOf(type.element), pointer);
}

/** The code point starting at `index` as a string (a surrogate pair stays together, as JavaScript iterates). */
function codePointAt(state: FunctionState, text: Value, index: Value): [Value, Value] {
  const context = state.context;
  const width = context.call("__toro_string_codePointWidth", [stringType, i32], i32, [text, index]);
  const value = context.call("__toro_string_substring", [stringType, i32, i32], stringType, [text, index, state.builder.CreateAdd(index, width)]);
  return [value, width];
}

function lowerSwitch(state: FunctionState, node: ts.SwitchStatement): void {
  const context = state.context;
  const b = state.builder;
  const type = context.typer.typeOf(node.expression);
  const discriminant = lowerExpression(state, node.expression);
  const clauses = node.caseBlock.clauses;
  const bodies = clauses.map((_, index) => state.newBlock(`switch.case.${index}`));
  const end = state.newBlock("switch.end");
  const defaultIndex = clauses.findIndex((clause) => ts.isDefaultClause(clause));
  clauses.forEach((clause, index) => {
    if (!ts.isCaseClause(clause)) return;
    const next = state.newBlock("switch.test");
    const value = lowerExpression(state, clause.expression);
    b.CreateCondBr(equals(state, type, discriminant, value), bodies[index]!, next);
    b.SetInsertPoint(next);
  });
  b.CreateBr(defaultIndex >= 0 ? bodies[defaultIndex]! : end);
  withTarget(state, { breakBlock: end }, () => {
    clauses.forEach((clause, index) => {
      b.SetInsertPoint(bodies[index]!);
      clause.statements.forEach((child) => lowerStatement(state, child));
      if (!state.currentBlockEnded()) b.CreateBr(bodies[index + 1] ?? end);
    });
  });
  b.SetInsertPoint(end);
}

function equals(state: FunctionState, type: DialectType, left: Value, right: Value): Value {
  if (type.kind === "string") return compareStrings(state, ts.SyntaxKind.EqualsEqualsEqualsToken, left, right);
  if (type.kind === "integer" || type.kind === "float" || type.kind === "boolean") {
    return compare(state, ts.SyntaxKind.EqualsEqualsEqualsToken, type, left, right);
  }
  throw new Error(`internal: switch on ${type.kind}`);
}

function lowerJump(state: FunctionState, node: ts.BreakOrContinueStatement): void {
  const isBreak = node.kind === ts.SyntaxKind.BreakStatement;
  const label = node.label?.text;
  const target = [...state.jumpTargets].reverse().find((candidate) =>
    label ? candidate.label === label : isBreak || candidate.continueBlock !== undefined);
  if (!target) throw new Error(`internal: no target for ${node.getText()}`);
  const block = isBreak ? target.breakBlock : target.continueBlock;
  if (!block) throw new Error(`internal: continue targets a switch`);
  state.builder.CreateBr(block);
  state.startUnreachableBlock();
}


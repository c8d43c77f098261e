// Per-function lowering state: the LLVM function being filled, its local
// variables (one stack slot each; LLVM's mem2reg turns them into registers),
// and the targets of break and continue.
//
// Invariant: the builder's insertion block is never terminated between
// statements; after a return, break or continue, lowering continues in a fresh
// block that has no predecessors (LLVM deletes it).
import * as ts from "typescript";
import { BasicBlock, LlvmFunction, LlvmType, Value, isTerminated } from "../llvm/ir-module";
import { DialectType } from "../types/dialect-type";
import { LoweringContext } from "./context";

function lineOf(node: ts.Node): number {
  const source = node.getSourceFile();
  return ts.isSourceFile(node) ? 1 : source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

export interface JumpTarget {
  /** The label of a labelled loop or switch, if any. */
  label?: string;
  breakBlock: BasicBlock;
  /** Absent for switch statements, which `continue` skips over. */
  continueBlock?: BasicBlock;
}

export interface LocalSlot {
  pointer: Value;
  type: DialectType;
}

export class FunctionState {
  readonly locals = new Map<ts.Node, LocalSlot>();
  readonly jumpTargets: JumpTarget[] = [];
  /** The receiver, inside methods and constructors. */
  thisValue?: Value;
  /** A label waiting for the loop statement it names. */
  pendingLabel?: string;
  private readonly allocaBlock: BasicBlock;

  /** The block after the locals block, where the function's code starts. */
  private readonly firstBody: BasicBlock;

  /** `origin` is the declaration the function comes from, for its debug information. */
  constructor(readonly context: LoweringContext, readonly fn: LlvmFunction, readonly returnType: DialectType, origin: ts.Node, symbol: string) {
    const source = origin.getSourceFile();
    context.ir.debug.beginFunction(fn, symbol, context.ir.builder, source.fileName, lineOf(origin));
    this.allocaBlock = context.ir.appendBlock(fn, "locals");
    const body = context.ir.appendBlock(fn, "body");
    context.ir.builder.SetInsertPoint(body);
    this.firstBody = body;
  }

  /** Attributes the code built from now on to `node`'s line. */
  at(node: ts.Node): void {
    const source = node.getSourceFile();
    const position = source.getLineAndCharacterOfPosition(node.getStart(source));
    this.context.ir.debug.setLine(this.builder, position.line + 1, position.character + 1);
  }

  get builder() {
    return this.context.ir.builder;
  }

  /** A stack slot in the entry block, so that every slot dominates its uses. */
  allocate(type: LlvmType, name: string): Value {
    // Lowering only ever appends, so "the end of the current block" is the whole insertion point.
    const current = this.builder.GetInsertBlock()!;
    this.builder.SetInsertPoint(this.allocaBlock);
    const slot = this.builder.CreateAlloca(type, null, name);
    this.builder.SetInsertPoint(current);
    return slot;
  }

  declareLocal(declaration: ts.Node, type: DialectType, name: string): LocalSlot {
    const slot = { pointer: this.allocate(this.context.ir.typeOf(type), name), type };
    this.locals.set(declaration, slot);
    return slot;
  }

  newBlock(name: string): BasicBlock {
    return this.context.ir.appendBlock(this.fn, name);
  }

  /** Branches to `target` unless the current block already ended, then continues in `next`. */
  jumpAndContinueIn(target: BasicBlock, next: BasicBlock): void {
    if (!this.currentBlockEnded()) this.builder.CreateBr(target);
    this.builder.SetInsertPoint(next);
  }

  continueIn(next: BasicBlock): void {
    this.builder.SetInsertPoint(next);
  }

  currentBlockEnded(): boolean {
    return isTerminated(this.builder.GetInsertBlock());
  }

  /** After a terminator: statements that follow are unreachable and go to a fresh block. */
  startUnreachableBlock(): void {
    this.builder.SetInsertPoint(this.newBlock("unreachable"));
  }

  /** Closes the entry block and gives the last block its implicit return. */
  finish(): void {
    if (!this.currentBlockEnded()) {
      if (this.returnType.kind === "void") this.builder.CreateRetVoid();
      else this.builder.CreateUnreachable();
    }
    this.builder.SetInsertPoint(this.allocaBlock);
    this.builder.CreateBr(this.firstBody);
  }
}

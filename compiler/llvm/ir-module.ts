// The only door to llvm-bindings: one LLVM module under construction.
//
// Lowering speaks dialect types; this file maps them to LLVM types (the table
// in docs/runtime-abi.md), makes constants (including exact 64-bit ones, which
// llvm-bindings would round through a JavaScript number), and owns the
// context, the module and the IR builder.
import llvm from "llvm-bindings";
import { DialectType } from "../types/dialect-type";
import { DebugInfo } from "./debug-info";

export type Value = llvm.Value;
export type LlvmFunction = llvm.Function;
export type BasicBlock = llvm.BasicBlock;
export type LlvmType = llvm.Type;
export type StructType = llvm.StructType;
export type GlobalVariable = llvm.GlobalVariable;
export type Constant = llvm.Constant;
export type Builder = llvm.IRBuilder;

export const targetTriple = "x86_64-unknown-none";
const dataLayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128";

export class IrModule {
  readonly context = new llvm.LLVMContext();
  readonly module: llvm.Module;
  readonly builder: llvm.IRBuilder;
  readonly debug: DebugInfo;

  /** `entryFile` names the compile unit of the debug information. */
  constructor(entryFile: string) {
    this.module = new llvm.Module(entryFile, this.context);
    this.module.setTargetTriple(targetTriple);
    this.module.setDataLayout(dataLayout);
    this.builder = new llvm.IRBuilder(this.context);
    this.debug = new DebugInfo(this.module, this.context, entryFile);
  }

  // ---- types -------------------------------------------------------------------------

  get i1(): llvm.IntegerType { return this.builder.getInt1Ty(); }
  get i8(): llvm.IntegerType { return this.builder.getInt8Ty(); }
  get i16(): llvm.IntegerType { return this.builder.getInt16Ty(); }
  get i32(): llvm.IntegerType { return this.builder.getInt32Ty(); }
  get i64(): llvm.IntegerType { return this.builder.getInt64Ty(); }
  get f32(): llvm.Type { return this.builder.getFloatTy(); }
  get f64(): llvm.Type { return this.builder.getDoubleTy(); }
  get void(): llvm.Type { return this.builder.getVoidTy(); }
  /** Every heap reference is an i8* (see docs/runtime-abi.md). */
  get reference(): llvm.PointerType { return this.builder.getInt8PtrTy(); }

  typeOf(type: DialectType): llvm.Type {
    switch (type.kind) {
      case "integer":
        return this.builder.getIntNTy(type.bits);
      case "float":
        return type.bits === 32 ? this.f32 : this.f64;
      case "boolean":
        return this.i1;
      case "void":
        return this.void;
      default:
        return this.reference;
    }
  }

  pointerTo(type: llvm.Type): llvm.PointerType {
    return llvm.PointerType.getUnqual(type);
  }

  functionType(result: llvm.Type, parameters: llvm.Type[]): llvm.FunctionType {
    return llvm.FunctionType.get(result, parameters, false);
  }

  /** A named struct whose fields are set later with setBody. */
  opaqueStructType(name: string): llvm.StructType {
    return llvm.StructType.create(this.context, name);
  }

  structType(name: string, fields: llvm.Type[]): llvm.StructType {
    return llvm.StructType.create(this.context, fields, name);
  }

  arrayType(element: llvm.Type, count: number): llvm.ArrayType {
    return llvm.ArrayType.get(element, count);
  }

  // ---- constants ---------------------------------------------------------------------

  /** An exact integer constant of any width up to 64 bits. */
  integer(bits: number, value: bigint): llvm.Constant {
    const type = this.builder.getIntNTy(bits);
    const wrapped = BigInt.asUintN(bits, value);
    if (wrapped <= BigInt(Number.MAX_SAFE_INTEGER)) return llvm.ConstantInt.get(type, Number(wrapped), false);
    const high = llvm.ConstantInt.get(type, Number(wrapped >> 32n), false);
    const low = llvm.ConstantInt.get(type, Number(wrapped & 0xffffffffn), false);
    return this.builder.CreateOr(this.builder.CreateShl(high, llvm.ConstantInt.get(type, 32, false)), low) as llvm.Constant;
  }

  float(bits: 32 | 64, value: number): llvm.Constant {
    return llvm.ConstantFP.get(bits === 32 ? this.f32 : this.f64, value);
  }

  boolean(value: boolean): llvm.Constant {
    return this.builder.getInt1(value);
  }

  nullReference(): llvm.Constant {
    return llvm.ConstantPointerNull.get(this.reference);
  }

  nullPointerTo(type: llvm.Type, addressSpace = 0): llvm.Constant {
    return llvm.ConstantPointerNull.get(llvm.PointerType.get(type, addressSpace));
  }

  /** The allocation size of `type` as an i64 constant (the classic GEP-from-null idiom, folded by LLVM). */
  sizeOf(type: llvm.Type): llvm.Constant {
    const end = this.builder.CreateGEP(type, this.nullPointerTo(type), [this.integer(32, 1n)]);
    return this.builder.CreatePtrToInt(end, this.i64) as llvm.Constant;
  }

  zeroInitializer(type: llvm.Type): llvm.Constant {
    return llvm.Constant.getNullValue(type);
  }

  undefinedValue(type: llvm.Type): llvm.Constant {
    return llvm.UndefValue.get(type);
  }

  zeroOf(type: DialectType): llvm.Constant {
    switch (type.kind) {
      case "integer":
        return this.integer(type.bits, 0n);
      case "float":
        return this.float(type.bits, 0);
      case "boolean":
        return this.boolean(false);
      default:
        return this.nullReference();
    }
  }

  constantStruct(type: llvm.StructType, values: llvm.Constant[]): llvm.Constant {
    return llvm.ConstantStruct.get(type, values);
  }

  constantArray(element: llvm.Type, values: llvm.Constant[]): llvm.Constant {
    return llvm.ConstantArray.get(llvm.ArrayType.get(element, values.length), values);
  }

  bitCastConstant(value: llvm.Constant, type: llvm.Type): llvm.Constant {
    return llvm.ConstantExpr.getBitCast(value, type);
  }

  // ---- globals and functions -------------------------------------------------------------

  globalVariable(name: string, type: llvm.Type, initializer: llvm.Constant, options: { constant: boolean; exported: boolean }): llvm.GlobalVariable {
    const linkage = options.exported ? llvm.GlobalValue.LinkageTypes.ExternalLinkage : llvm.GlobalValue.LinkageTypes.InternalLinkage;
    return new llvm.GlobalVariable(this.module, type, options.constant, linkage, initializer, name);
  }

  /** A function with a body to come (internal unless exported), or an external declaration. */
  declareFunction(name: string, type: llvm.FunctionType, linkage: "internal" | "external"): llvm.Function {
    const existing = this.module.getFunction(name);
    if (existing) return existing;
    const kind = linkage === "internal" ? llvm.GlobalValue.LinkageTypes.InternalLinkage : llvm.GlobalValue.LinkageTypes.ExternalLinkage;
    return llvm.Function.Create(type, kind, name, this.module);
  }

  getFunction(name: string): llvm.Function | null {
    return this.module.getFunction(name);
  }

  appendBlock(fn: llvm.Function, name: string): llvm.BasicBlock {
    return llvm.BasicBlock.Create(this.context, name, fn);
  }

  // ---- output ----------------------------------------------------------------------------

  /** The module's verifier errors, or undefined when it is well formed. */
  verify(): string | undefined {
    const broken = llvm.verifyModule(this.module);
    return broken ? "the LLVM verifier rejected the generated module" : undefined;
  }

  /** Completes the debug information; call once, after the last function. */
  finish(): void {
    this.debug.finish();
  }

  text(): string {
    return this.module.print();
  }
}

export function isTerminated(block: llvm.BasicBlock | null): boolean {
  return block !== null && block.getTerminator() !== null;
}

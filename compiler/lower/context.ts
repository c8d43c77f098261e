// Module-wide lowering state: what every function body being lowered can see.
//
// Owns the map from TypeScript declarations to LLVM symbols (functions,
// globals, class layouts), the pool of string literal constants, and access to
// runtime functions by their ABI names (docs/runtime-abi.md).
import * as ts from "typescript";
import * as path from "path";
import { IrModule, LlvmFunction, GlobalVariable, StructType, Value, Constant } from "../llvm/ir-module";
import { InstanceVariables } from "./instance-variables";
import { Typer } from "../types/typer";
import { DialectType, stringType, i32, voidType } from "../types/dialect-type";
import { toolchainRoot } from "../paths";
import { isRuntimeFile } from "../frontend/runtime-modules";

export interface ClassLayout {
  struct: StructType;
  fieldIndex: Map<string, number>;
  fieldTypes: DialectType[];
  constructor: LlvmFunction;
}

/**
 * Where a module-level variable lives. Every program instance (one per core)
 * has its own copy of each "instance" variable, as separate processes would;
 * "shared" variables are one copy for the whole image: constants with literal
 * values, and runtime variables marked `@shared`.
 */
export type GlobalSlot =
  | { kind: "shared"; variable: GlobalVariable; type: DialectType }
  | { kind: "instance"; index: number; type: DialectType };

export class LoweringContext {
  readonly functions = new Map<ts.Node, LlvmFunction>();
  readonly globals = new Map<ts.Node, GlobalSlot>();
  readonly classes = new Map<ts.ClassDeclaration, ClassLayout>();
  readonly instance: InstanceVariables;
  private readonly stringLiterals = new Map<string, Constant>();

  constructor(
    readonly ir: IrModule,
    readonly typer: Typer,
    readonly checker: ts.TypeChecker,
    private readonly programRoot: string,
  ) {
    this.instance = new InstanceVariables(ir);
  }

  /** A stable, collision-free symbol prefix for a source file: its path without extension. */
  moduleKey(file: ts.SourceFile): string {
    const base = isRuntimeFile(file.fileName) ? toolchainRoot : this.programRoot;
    return path.relative(base, file.fileName).replace(/\\/g, "/").replace(/\.ts$/, "");
  }

  /** How a file is named in panic messages: relative to the program's folder or the toolchain. */
  displayFileName(file: ts.SourceFile): string {
    return this.moduleKey(file) + ".ts";
  }

  /** A runtime function by its ABI name, declared on first use with the given dialect signature. */
  runtime(name: string, parameters: DialectType[], result: DialectType): LlvmFunction {
    const existing = this.ir.getFunction(name);
    if (existing) return existing;
    const type = this.ir.functionType(this.ir.typeOf(result), parameters.map((parameter) => this.ir.typeOf(parameter)));
    return this.ir.declareFunction(name, type, "external");
  }

  call(name: string, parameters: DialectType[], result: DialectType, args: Value[]): Value {
    return this.ir.builder.CreateCall(this.runtime(name, parameters, result), args);
  }

  /** An immutable string object in read-only data: [i32 length][i32 0][u16 x length]. */
  stringLiteral(text: string): Constant {
    const cached = this.stringLiterals.get(text);
    if (cached) return cached;
    const ir = this.ir;
    const units = Array.from({ length: text.length }, (_, index) => ir.integer(16, BigInt(text.charCodeAt(index))));
    const body = ir.constantArray(ir.i16, units);
    const struct = ir.structType(`string.literal.${this.stringLiterals.size}`, [ir.i32, ir.i32, ir.arrayType(ir.i16, text.length)]);
    const value = ir.constantStruct(struct, [ir.integer(32, BigInt(text.length)), ir.integer(32, 0n), body]);
    const global = ir.globalVariable(`.str.${this.stringLiterals.size}`, struct, value, { constant: true, exported: false });
    const reference = ir.bitCastConstant(global, ir.reference);
    this.stringLiterals.set(text, reference);
    return reference;
  }

  /** Calls a never-returning panic helper with the source location of `node`. */
  panicAt(node: ts.Node, helper: "__toro_panic_division" | "__toro_panic", extra: { message?: string } = {}): void {
    const file = this.stringLiteral(this.displayFileName(node.getSourceFile()));
    const line = this.lineOf(node);
    if (helper === "__toro_panic") {
      this.call(helper, [stringType, stringType, i32], voidType, [this.stringLiteral(extra.message ?? "panic"), file, line]);
    } else {
      this.call(helper, [stringType, i32], voidType, [file, line]);
    }
    this.ir.builder.CreateUnreachable();
  }

  locationArguments(node: ts.Node): Value[] {
    return [this.stringLiteral(this.displayFileName(node.getSourceFile())), this.lineOf(node)];
  }

  private lineOf(node: ts.Node): Constant {
    const sourceFile = node.getSourceFile();
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    return this.ir.integer(32, BigInt(line));
  }
}

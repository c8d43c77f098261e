// Per-instance module variables: each core's program instance has its own.
//
// All of them live in one struct, `%toro.instance`. The image carries its
// initial contents as `__toro_instance_template` (literal initialisers are
// static; the rest are zero until the module initialisers run) with its size
// in `__toro_instance_size`, and a zeroed block `__toro_instance_boot` for the
// boot core. Before compiled code runs on a core, the boot code copies the
// template into that core's block and points the GS segment base at it.
// A variable is then reached as %gs:offset: LLVM's x86 address space 256 is
// GS-relative, so every access is a single instruction and no register is
// reserved for it.
//
// Field 0 is the block's own address, written by the code that sets a core's
// block up: `mov %gs:0` gives the base without rdmsr, which is privileged
// (the program runs in ring 3).
import { Constant, IrModule, LlvmType, StructType, Value } from "../llvm/ir-module";

/** x86 address space 256: addresses are offsets from the GS segment base. */
const gsAddressSpace = 256;

export const instanceSymbols = ["__toro_instance_template", "__toro_instance_size", "__toro_instance_boot"];

export class InstanceVariables {
  private readonly types: LlvmType[] = [];
  private readonly initialValues: Constant[] = [];
  readonly struct: StructType;

  constructor(private readonly ir: IrModule) {
    this.struct = ir.opaqueStructType("toro.instance");
    this.add(ir.i64, ir.integer(64, 0n));
  }

  /** Adds a variable and returns its field index. */
  add(type: LlvmType, initial: Constant): number {
    this.types.push(type);
    this.initialValues.push(initial);
    return this.types.length - 1;
  }

  /** The GS-relative address of field `index`, valid on any core once its block is set up. */
  pointer(index: number): Value {
    const ir = this.ir;
    const base = ir.nullPointerTo(this.struct, gsAddressSpace);
    return ir.builder.CreateInBoundsGEP(this.struct, base, [ir.integer(32, 0n), ir.integer(32, BigInt(index))]);
  }

  /** Gives the struct its fields and emits the template, its size and the boot core's block. */
  finish(): void {
    const ir = this.ir;
    this.struct.setBody(this.types);
    const template = ir.constantStruct(this.struct, this.initialValues);
    ir.globalVariable("__toro_instance_template", this.struct, template, { constant: true, exported: true });
    ir.globalVariable("__toro_instance_size", ir.i64, ir.sizeOf(this.struct), { constant: true, exported: true });
    ir.globalVariable("__toro_instance_boot", this.struct, ir.zeroInitializer(this.struct), { constant: false, exported: true });
  }
}

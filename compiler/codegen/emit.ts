// Code generation: the lowered module's IR text in; optimised bitcode, IR or
// an object file out, through llvm-link-14 (with the runtime's hand-written
// .ll intrinsics), opt-14 and llc-14.
import * as fs from "fs";
import * as path from "path";
import { patchIrText } from "./ir-text-patches";
import { runTool, tools } from "./tools";
import { runtimeNativeFiles } from "../frontend/runtime-modules";
import { targetTriple } from "../llvm/ir-module";
import { instanceSymbols } from "../lower/instance-variables";

export interface EmitPaths {
  /** A scratch folder for intermediate files. */
  workDirectory: string;
}

/**
 * The symbols the boot assembly calls. Everything else is internalised before
 * optimisation: LLVM 14 reaches symbols that are not dso_local through the GOT
 * even in static code (and llvm-bindings cannot mark them dso_local), and
 * internal symbols that nothing calls are deleted.
 */
const entryPoints = ["__toro_kernel_main", "__toro_exception", ...instanceSymbols];

/** Links the program's IR with the runtime's .ll files and optimises; returns the bitcode path. */
export function optimise(irText: string, optimisation: number, paths: EmitPaths): string {
  const programIr = path.join(paths.workDirectory, "program.ll");
  fs.writeFileSync(programIr, patchIrText(irText));
  const linked = path.join(paths.workDirectory, "linked.bc");
  runTool(tools.llvmLink, [programIr, ...runtimeNativeFiles(".ll"), "-o", linked]);
  const optimised = path.join(paths.workDirectory, "optimised.bc");
  runTool(tools.opt, [`-passes=internalize,default<O${optimisation}>`, `-internalize-public-api-list=${entryPoints.join(",")}`, linked, "-o", optimised]);
  return optimised;
}

export function bitcodeToText(bitcode: string, output: string): void {
  runTool(tools.opt, ["-S", bitcode, "-o", output]);
}

/**
 * Static relocation and the small code model: the image is linked at 1 MiB,
 * so every address fits in 32 bits. boot.s enables SSE before any compiled
 * code runs; x86-64-v2 adds SSE4.1, whose roundsd implements floor, ceil and
 * trunc without library calls (QEMU's TCG `-cpu max` and any KVM host have it).
 */
export function compileToObject(bitcode: string, output: string, optimisation: number): void {
  runTool(tools.llc, [`-O${Math.min(optimisation, 3)}`, `-mtriple=${targetTriple}`, "-filetype=obj", "-mcpu=x86-64-v2", "-relocation-model=static", "-code-model=small", bitcode, "-o", output]);
}

/** Assembles one runtime .s file; its own folder is on the include path (machine_constants.inc). */
export function assemble(source: string, output: string): void {
  runTool(tools.llvmMc, ["-triple=x86_64-unknown-none", "-filetype=obj", `-I${path.dirname(source)}`, source, "-o", output]);
}

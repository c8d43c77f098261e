// Linking: the program's object file and the runtime's assembled boot code
// into a bootable ELF with ld.lld-14 and the kernel's linker script, which
// places the image at 1 MiB and keeps the PVH entry note.
import * as path from "path";
import { runtimeNativeFiles } from "../frontend/runtime-modules";
import { assemble } from "../codegen/emit";
import { runTool, tools } from "../codegen/tools";
import { runtimeRoot } from "../paths";

export const linkerScript = path.join(runtimeRoot, "kernel", "arch", "x86_64", "linker.ld");

export function linkImage(programObject: string, output: string, workDirectory: string): void {
  const assembled = runtimeNativeFiles(".s").map((source, index) => {
    const object = path.join(workDirectory, `runtime-${index}-${path.basename(source, ".s")}.o`);
    assemble(source, object);
    return object;
  });
  runTool(tools.lld, ["-T", linkerScript, "-nostdlib", "--gc-sections", "-o", output, ...assembled, programObject]);
}

// Linking: the program's object file and the runtime's assembled boot code
// into a bootable ELF with ld.lld-14 and the kernel's linker script, which
// places the image at 1 MiB and keeps the PVH entry note.
//
// The image that boots carries no symbols and no DWARF: they go to a debug
// file beside it (`<image>.debug`, llvm-objcopy's --only-keep-debug), which
// the image names in its .gnu_debuglink section. llvm-symbolizer (panic
// locations, compiler/run/panic_location.ts) and gdb follow that link, so
// nothing is lost, while the image is about half the size (osu_barrier: 308
// KiB with them, 149 KiB without), and QEMU loads only what runs.
import * as fs from "fs";
import * as path from "path";
import { runtimeNativeFiles } from "../frontend/runtime-modules";
import { assemble } from "../codegen/emit";
import { runTool, tools } from "../codegen/tools";
import { runtimeRoot } from "../paths";

export const linkerScript = path.join(runtimeRoot, "kernel", "arch", "x86_64", "linker.ld");

/**
 * Links the image into `output` and its debug file into `debugFile`. The
 * image's debug link names the debug file by its base name (a symbolizer
 * looks for it in the image's folder), so `debugFile` is the name it will
 * finally have even when `output` is a temporary name (image-cache.ts).
 */
export function linkImage(programObject: string, output: string, debugFile: string, workDirectory: string): void {
  const assembled = runtimeNativeFiles(".s").map((source, index) => {
    const object = path.join(workDirectory, `runtime-${index}-${path.basename(source, ".s")}.o`);
    assemble(source, object);
    return object;
  });
  const linked = path.join(workDirectory, "linked.elf");
  runTool(tools.lld, ["-T", linkerScript, "-nostdlib", "--gc-sections", "-o", linked, ...assembled, programObject]);
  splitDebugInformation(linked, output, debugFile, workDirectory);
}

function splitDebugInformation(linked: string, output: string, debugFile: string, workDirectory: string): void {
  const debugCopy = path.join(workDirectory, path.basename(debugFile));
  runTool(tools.objcopy, ["--only-keep-debug", linked, debugCopy]);
  runTool(tools.objcopy, ["--strip-all", `--add-gnu-debuglink=${debugCopy}`, linked, output]);
  // Parallel builds of one program may publish the same debug file: each
  // renames a complete copy into place (identical builds, identical files).
  const unique = `${debugFile}.${process.pid}.tmp`;
  fs.copyFileSync(debugCopy, unique);
  fs.renameSync(unique, debugFile);
}

// Builds a kernel main written in LLVM IR (tests/fixtures/boot/boot_check.ll,
// tests/run/privileged_check.ll) into a bootable image, with the same tool
// steps the compiler's driver uses for real programs:
//   llvm-mc-14 (every .s of the x86_64 kernel) -> llvm-link-14 (program + intrinsics.ll)
//   -> opt-14 (internalize, O2) -> llc-14 -> ld.lld-14 (linker.ld).
// Shared by the runner's integration tests; not a test itself.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const REPOSITORY = findRepository(__dirname);
const ARCH = path.join(REPOSITORY, "runtime/kernel/arch/x86_64");
const BOOT_CHECK = path.join(REPOSITORY, "tests/fixtures/boot/boot_check.ll");
const PRIVILEGED_CHECK = path.join(REPOSITORY, "tests/run/privileged_check.ll");
const TOOLS = ["llvm-mc-14", "llvm-link-14", "opt-14", "llc-14", "ld.lld-14", "qemu-system-x86_64"];

/** The tools this needs that are not on PATH (empty when all are there). */
export function missingTools(): string[] {
  return TOOLS.filter((tool) => !onPath(tool));
}

/** boot_check.ll's image, in a fresh temporary folder; returns its path. */
export function buildBootCheckImage(): string {
  return buildFixtureImage(BOOT_CHECK);
}

/** privileged_check.ll's image, in a fresh temporary folder; returns its path. */
export function buildPrivilegedCheckImage(): string {
  return buildFixtureImage(PRIVILEGED_CHECK);
}

function buildFixtureImage(fixture: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-boot-"));
  const file = (name: string): string => path.join(folder, name);
  const run = (program: string, args: string[]): void => {
    execFileSync(program, args, { stdio: ["ignore", "ignore", "inherit"] });
  };
  const assembled = assemblyFiles().map((source) => {
    const object = file(path.basename(source, ".s") + ".o");
    run("llvm-mc-14", ["-triple=x86_64-unknown-none", "-filetype=obj", `-I${path.dirname(source)}`, source, "-o", object]);
    return object;
  });
  run("llvm-link-14", [fixture, path.join(ARCH, "intrinsics.ll"), "-o", file("linked.bc")]);
  run("opt-14", [
    "-passes=internalize,default<O2>",
    "-internalize-public-api-list=__toro_kernel_main,__toro_exception,__toro_instance_template,__toro_instance_size,__toro_instance_boot",
    file("linked.bc"), "-o", file("optimised.bc"),
  ]);
  run("llc-14", [
    "-O2", "-mtriple=x86_64-unknown-none", "-relocation-model=static", "-code-model=small",
    "-filetype=obj", file("optimised.bc"), "-o", file("program.o"),
  ]);
  run("ld.lld-14", ["-T", path.join(ARCH, "linker.ld"), "-nostdlib", "-static",
    ...assembled, file("program.o"), "-o", file("image.elf")]);
  return file("image.elf");
}

/** The kernel's assembly sources (boot, exception entry, emulation, ...). */
function assemblyFiles(): string[] {
  return fs.readdirSync(ARCH).filter((name) => name.endsWith(".s")).sort().map((name) => path.join(ARCH, name));
}

function onPath(program: string): boolean {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .some((folder) => folder !== "" && fs.existsSync(path.join(folder, program)));
}

/** The nearest folder above `start` that holds the runtime (works from the
 *  sources and from any build folder inside the repository). */
function findRepository(start: string): string {
  let folder = start;
  while (!fs.existsSync(path.join(folder, "runtime/kernel/arch/x86_64/boot.s"))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`no repository above ${start}`);
    folder = parent;
  }
  return folder;
}

// Runs LLVM 14's command-line tools. A missing or failing tool is a TORO9xxx
// diagnostic naming the command, never a stack trace.
import { spawnSync } from "child_process";
import { CompilationFailed } from "../diagnostics/diagnostic";

export const tools = {
  llvmLink: "llvm-link-14",
  opt: "opt-14",
  llc: "llc-14",
  llvmMc: "llvm-mc-14",
  lld: "ld.lld-14",
  objcopy: "llvm-objcopy-14",
} as const;

export function runTool(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === "ENOENT";
    const reason = missing ? `'${command}' is not installed (run \`npm run setup\`)` : result.error.message;
    throw new CompilationFailed([{ code: "TORO9001", severity: "error", message: reason }]);
  }
  if (result.status !== 0) {
    const output = `${result.stderr}${result.stdout}`.trim();
    throw new CompilationFailed([{ code: "TORO9002", severity: "error", message: `${command} failed:\n${output}` }]);
  }
}

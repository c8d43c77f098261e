// The TypeScript location of a CPU exception, appended to its panic line.
//
// The kernel reports a CPU exception with the faulting instruction's
// address last (runtime/kernel/arch/x86_64/exceptions.ts):
//   panic on core 1 (thread main): CPU exception 14 (page fault) error code 0x6 address 0x143ff8 at rip 0x1168fa
// and the image carries DWARF line tables, so llvm-symbolizer-14 maps that
// address to the statement it belongs to. The runner appends it:
//   ... at rip 0x1168fa (overflow.ts:4)
// The file is named relative to the current folder when it lies inside it,
// as the user would type it, and by its full path otherwise. Lines that are
// not such reports, addresses the line tables do not cover, and a missing
// symbolizer leave the line as it was.
import { spawnSync } from "child_process";
import * as path from "path";

export const SYMBOLIZER_PROGRAM = "llvm-symbolizer-14";

/** A panic line (tagged or not) that ends with the faulting rip. */
const EXCEPTION_REPORT = /^(\[\d+\] )?panic on core \d+ .* at rip (0x[0-9a-f]+)$/;

/** `line` (without its newline), with " (file:line)" appended when it reports a CPU exception the image can place. */
export function withPanicLocation(line: string, image: string, folder: string = process.cwd()): string {
  const report = EXCEPTION_REPORT.exec(line);
  if (report === null) return line;
  const location = sourceLocation(image, report[2], folder);
  return location === undefined ? line : `${line} (${location})`;
}

/** "file:line" for `address` in `image`, or undefined when the symbolizer cannot say. */
export function sourceLocation(image: string, address: string, folder: string): string | undefined {
  const result = spawnSync(SYMBOLIZER_PROGRAM, [`--obj=${image}`, address], { encoding: "utf8" });
  if (result.error !== undefined || result.status !== 0) return undefined;
  return firstFrameLocation(result.stdout, folder);
}

/**
 * The symbolizer prints, per address, a function name line and a
 * "file:line:column" line for each inlined frame, innermost first, then an
 * empty line; "??:0:0" when it knows nothing.
 */
export function firstFrameLocation(symbolizerOutput: string, folder: string): string | undefined {
  const lines = symbolizerOutput.split("\n");
  const match = /^(.*):(\d+):\d+$/.exec(lines[1] ?? "");
  if (match === null || match[1] === "??" || match[2] === "0") return undefined;
  return `${displayPath(match[1], folder)}:${match[2]}`;
}

function displayPath(file: string, folder: string): string {
  const relative = path.relative(folder, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

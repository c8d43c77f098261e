// Debug information: the line table maps the machine code of a statement
// back to its TypeScript file and line. Checked on the call that panics in
// samples/out_of_bounds.ts (line 6), through llvm-symbolizer-14, which is
// what `torotsc run` uses for CPU exceptions. The image itself is stripped:
// symbols and DWARF are in <image>.debug, which the image's debug link names.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { build, debugFileOf } from "../../compiler/driver/build";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { toolchainRoot } from "../../compiler/paths";

test("the bounds-check call of out_of_bounds.ts symbolizes to its line", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-debug-"));
  const image = path.join(folder, "out_of_bounds.elf");
  const result = build({ entry: path.join(toolchainRoot, "samples", "out_of_bounds.ts"), output: image, optimisation: 2, emit: "elf" });
  assert.ok(result.ok, formatDiagnostics(result.diagnostics));
  const symbols = execFileSync("llvm-nm-14", [debugFileOf(image)], { encoding: "utf8" });
  const target = /^0*([0-9a-f]+) [tT] __toro_panic_bounds$/m.exec(symbols);
  assert.ok(target !== null, "the debug file has the symbol __toro_panic_bounds");
  const disassembly = execFileSync("llvm-objdump-14", ["-d", "--no-show-raw-insn", image], { encoding: "utf8" });
  const calls = [...disassembly.matchAll(new RegExp(`^\\s*([0-9a-f]+):\\s+callq\\s+0x${target![1]}\\b`, "gm"))].map((match) => `0x${match[1]}`);
  assert.ok(calls.length > 0, "the image calls __toro_panic_bounds");
  const symbolized = execFileSync("llvm-symbolizer-14", [`--obj=${image}`, ...calls], { encoding: "utf8" });
  assert.match(symbolized, /out_of_bounds\.ts:6:/);
  fs.rmSync(folder, { recursive: true, force: true });
});

test("the image boots without symbols or DWARF, and links to the debug file", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-debug-"));
  const image = path.join(folder, "hello.elf");
  const result = build({ entry: path.join(toolchainRoot, "samples", "hello.ts"), output: image, optimisation: 2, emit: "elf" });
  assert.ok(result.ok, formatDiagnostics(result.diagnostics));
  const sections = execFileSync("llvm-readelf-14", ["-S", image], { encoding: "utf8" });
  assert.not.match(sections, /\.debug_|\.symtab/);
  const link = execFileSync("llvm-readelf-14", ["--string-dump=.gnu_debuglink", image], { encoding: "utf8" });
  assert.match(link, /\] hello\.elf\.debug$/m);
  assert.match(execFileSync("llvm-readelf-14", ["-S", debugFileOf(image)], { encoding: "utf8" }), /\.debug_line/);
  fs.rmSync(folder, { recursive: true, force: true });
});

test.run();

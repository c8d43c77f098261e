// Debug information: the image's line table maps the machine code of a
// statement back to its TypeScript file and line. Checked on the call that
// panics in samples/out_of_bounds.ts (line 6), through llvm-symbolizer-14,
// which is what `torotsc run` uses for CPU exceptions.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { build } from "../../compiler/driver/build";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { toolchainRoot } from "../../compiler/paths";

test("the bounds-check call of out_of_bounds.ts symbolizes to its line", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-debug-"));
  const image = path.join(folder, "out_of_bounds.elf");
  const result = build({ entry: path.join(toolchainRoot, "samples", "out_of_bounds.ts"), output: image, optimisation: 2, emit: "elf" });
  assert.ok(result.ok, formatDiagnostics(result.diagnostics));
  const disassembly = execFileSync("llvm-objdump-14", ["-d", "--no-show-raw-insn", image], { encoding: "utf8" });
  const calls = [...disassembly.matchAll(/^\s*([0-9a-f]+):\s+callq\s+0x[0-9a-f]+ <__toro_panic_bounds>/gm)].map((match) => `0x${match[1]}`);
  assert.ok(calls.length > 0, "the image calls __toro_panic_bounds");
  const symbolized = execFileSync("llvm-symbolizer-14", [`--obj=${image}`, ...calls], { encoding: "utf8" });
  assert.match(symbolized, /out_of_bounds\.ts:6:/);
  fs.rmSync(folder, { recursive: true, force: true });
});

test.run();

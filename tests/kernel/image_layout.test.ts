// The image's layout as the collector relies on it (linker.ld): the static
// roots it scans, __toro_roots_data_start .. __toro_roots_data_end, hold the
// compiled globals and leave out boot.s's descriptor and page tables, whose
// words are addresses with flag bits that would pass for references.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { build, debugFileOf } from "../../compiler/driver/build";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { toolchainRoot } from "../../compiler/paths";

const PAGE = 4096;

function symbolsOf(source: string): Map<string, number> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-layout-"));
  try {
    const image = path.join(folder, "image.elf");
    const result = build({ entry: source, output: image, optimisation: 2, emit: "elf" });
    assert.ok(result.ok, formatDiagnostics(result.diagnostics));
    const listing = execFileSync("llvm-nm-14", [debugFileOf(image)], { encoding: "utf8" });
    const symbols = new Map<string, number>();
    for (const line of listing.split("\n")) {
      const match = /^([0-9a-f]+) \w (.+)$/.exec(line);
      if (match) symbols.set(match[2], parseInt(match[1], 16));
    }
    return symbols;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

test("the collector's static roots leave out the boot tables and keep the compiled globals", () => {
  const symbols = symbolsOf(path.join(toolchainRoot, "samples", "hello.ts"));
  const at = (name: string): number => {
    const address = symbols.get(name);
    assert.ok(address !== undefined, `the image has ${name}`);
    return address!;
  };
  const start = at("__toro_roots_data_start");
  const end = at("__toro_roots_data_end");
  for (const table of ["__toro_gdt", "__toro_tss", "__toro_idt_storage", "__toro_boot_pml4", "__toro_page_directories"]) {
    assert.ok(at(table) < start, `${table} (0x${at(table).toString(16)}) lies below the roots (0x${start.toString(16)})`);
  }
  assert.ok(at("boot_first_page_table") + PAGE <= start, "the last page table ends below the roots");
  // A compiled module variable with a constant initialiser lives in .data.
  const global = at("runtime/kernel/core_identity.coreTotal");
  assert.ok(global >= start && global < end, `a compiled global (0x${global.toString(16)}) lies inside the roots`);
});

test.run();

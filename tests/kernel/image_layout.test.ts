// The image's layout (linker.ld) as the collector and the image size rely
// on it: the static roots the collector scans, __toro_roots_data_start ..
// __toro_roots_data_end, hold the compiled globals and leave out boot.s's
// descriptor and page tables, whose words are addresses with flag bits that
// would pass for references; and boot.s's sparse tables take no room in the
// file (the loader zero-fills them).
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

/** hello.ts's image: its symbols (from the debug file) and its section table. */
function layoutOf(source: string): { symbols: Map<string, number>; sections: string } {
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
    return { symbols, sections: execFileSync("llvm-readelf-14", ["-S", image], { encoding: "utf8" }) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const layout = layoutOf(path.join(toolchainRoot, "samples", "hello.ts"));

test("the collector's static roots leave out the boot tables and keep the compiled globals", () => {
  const { symbols } = layout;
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

test("the GDT, TSS, IDT, PML4 and PDPT are zero-filled by the loader, not stored in the image", () => {
  assert.match(layout.sections, /\.boot_tables\s+NOBITS/);
  const { symbols } = layout;
  const start = symbols.get("__toro_gdt")!;
  const pdptEnd = symbols.get("__toro_page_directories")!;
  assert.ok(start < pdptEnd, "the sparse tables come before the page directories");
});

test.run();

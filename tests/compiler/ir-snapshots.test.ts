// IR snapshot tests: the unoptimised LLVM IR of the program's own functions
// (runtime functions left out) for each tests/snapshots/<name>.ts, compared
// with tests/snapshots/<name>.ll.
//
// After an intended change to lowering, regenerate and review the diff:
//   TOROTSC_UPDATE_SNAPSHOTS=1 npm test -- ir-snapshots
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "fs";
import * as path from "path";
import { lowerToIr } from "../../compiler/driver/build";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { toolchainRoot } from "../../compiler/paths";

const folder = path.join(toolchainRoot, "tests", "snapshots");
const update = process.env.TOROTSC_UPDATE_SNAPSHOTS === "1";

/** The `define` blocks whose symbol starts with the program's module key, e.g. @arithmetic. */
export function programFunctions(irText: string, moduleKey: string): string {
  const ownSymbol = (block: string) => block.includes(`@${moduleKey}.`) || block.includes(`@"${moduleKey}.`);
  const blocks = irText.split(/\n(?=define )/).filter((block) => block.startsWith("define ") && ownSymbol(block.split("\n")[0]!));
  const text = blocks.map((block) => block.slice(0, block.indexOf("\n}") + 2)).join("\n\n") + "\n";
  // String literal constants, instance variables and debug metadata are numbered across the
  // whole image, runtime included: blank or drop the numbers so that a change to the runtime
  // does not touch every snapshot. (Debug locations are checked by the symbolizer tests.)
  return text
    .replace(/,? !dbg !\d+/g, "")
    .replace(/string\.literal\.\d+/g, "string.literal.#")
    .replace(/@\.str\.\d+/g, "@.str.#")
    .replace(/(%toro\.instance addrspace\(256\)\* null, i32 0, i32 )\d+/g, "$1#");
}

for (const name of fs.readdirSync(folder).filter((file) => file.endsWith(".ts")).sort()) {
  test(`IR of ${name}`, () => {
    const source = path.join(folder, name);
    const result = lowerToIr(source);
    assert.ok(result.ok, formatDiagnostics(result.diagnostics));
    const actual = programFunctions(result.text!, name.replace(/\.ts$/, ""));
    assert.ok(actual.includes("define "), "the program's functions were found in the IR");
    const expectedFile = source.replace(/\.ts$/, ".ll");
    if (update) fs.writeFileSync(expectedFile, actual);
    assert.ok(fs.existsSync(expectedFile), `${expectedFile} is missing: generate it with TOROTSC_UPDATE_SNAPSHOTS=1 and review it`);
    assert.fixture(actual, fs.readFileSync(expectedFile, "utf8"));
  });
}

test.run();

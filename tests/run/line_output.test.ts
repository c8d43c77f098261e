// The runner's line splitting (compiler/run/line_output.ts): chunks from QEMU
// end anywhere; lines go out whole, each rewritten once, as soon as their
// newline arrives.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LineOutput } from "../../compiler/run/line_output";

function collect(): { writes: string[]; output: LineOutput } {
  const writes: string[] = [];
  const output = new LineOutput((text) => writes.push(text), (line) => `<${line}>`);
  return { writes, output };
}

test("a line split across chunks is rewritten once, whole", () => {
  const { writes, output } = collect();
  output.push("hel");
  assert.equal(writes, []);
  output.push("lo\nwor");
  output.push("ld\n");
  assert.equal(writes, ["<hello>\n", "<world>\n"]);
});

test("several lines in one chunk go out together, the rest waits", () => {
  const { writes, output } = collect();
  output.push("a\nb\n\nc");
  assert.equal(writes, ["<a>\n<b>\n<>\n"]);
  output.end();
  assert.equal(writes, ["<a>\n<b>\n<>\n", "<c>"]);
});

test("ending after a newline writes nothing more", () => {
  const { writes, output } = collect();
  output.push("done\n");
  output.end();
  assert.equal(writes, ["<done>\n"]);
});

test.run();

// Appending the TypeScript location to a CPU exception's panic line
// (compiler/run/panic_location.ts): which lines qualify, how the
// symbolizer's answer is read, how the file is named. Booted reports with
// real images are checked in tests/kernel/cores.test.ts and
// tests/run/stack_overflow.test.ts.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { firstFrameLocation, withPanicLocation } from "../../compiler/run/panic_location";

test("the innermost frame's file and line, relative to the folder when inside it", () => {
  const output = "overflow.depth\n/work/app/src/overflow.ts:4:3\n\n";
  assert.is(firstFrameLocation(output, "/work/app"), "src/overflow.ts:4");
  assert.is(firstFrameLocation(output, "/elsewhere"), "/work/app/src/overflow.ts:4");
  const inlined = "inner\n/p/lib.ts:10:5\nouter\n/p/main.ts:3:1\n\n";
  assert.is(firstFrameLocation(inlined, "/p"), "lib.ts:10");
});

test("an address the line tables do not cover gives no location", () => {
  assert.is(firstFrameLocation("??\n??:0:0\n\n", "/p"), undefined);
  assert.is(firstFrameLocation("boot_stack\n??:0:0\n\n", "/p"), undefined);
  assert.is(firstFrameLocation("", "/p"), undefined);
});

test("lines that are not CPU-exception reports are left alone", () => {
  const lines = [
    "hello at rip 0x1234",
    "panic on core 0 (thread main): index 4 out of bounds for length 4 at prog.ts:6",
    "panic on core 2 (thread main): CPU exception 6 (invalid opcode) error code 0x0 at rip 0x10 and more",
  ];
  for (const line of lines) assert.is(withPanicLocation(line, "/nonexistent.elf"), line);
});

test("a report whose image cannot be read keeps its line", () => {
  const line = "[3] panic on core 3 (thread main): CPU exception 14 (page fault) error code 0x6 address 0x0 at rip 0x101e3c";
  assert.is(withPanicLocation(line, "/nonexistent/image.elf"), line);
});

test.run();

// Parsing what benchmark programs print (bench/guest_output.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LineClock, benchLines, numberField, parseBenchLine } from "../../bench/guest_output";

const at = (text: string, hostSeconds = 1.5) => ({ text, hostSeconds });

test("a benchmark line gives its kind, its fields and its arrival time", () => {
  const line = parseBenchLine(at("bench ready cycles=7090382 hz=2596134000.026427", 0.25));
  assert.equal(line, { kind: "ready", fields: { cycles: "7090382", hz: "2596134000.026427" }, hostSeconds: 0.25 });
});

test("the last value runs to the end of the line, spaces and commas included", () => {
  const line = parseBenchLine(at("bench clock hz=2596050436.73 source=pit, calibrated in 10.60 ms, window 10.00 ms"));
  assert.is(line?.fields.hz, "2596050436.73");
  assert.is(line?.fields.source, "pit, calibrated in 10.60 ms, window 10.00 ms");
});

test("keys may hold dashes; a kind without fields is a line too", () => {
  assert.equal(parseBenchLine(at("bench mark-time index=3 seconds=3.0115"))?.fields, { index: "3", seconds: "3.0115" });
  assert.equal(parseBenchLine(at("bench done"))?.fields, {});
});

test("other lines are not benchmark lines: the kernel's, a panic, a malformed one", () => {
  assert.is(parseBenchLine(at("panic: out of memory on core 0")), undefined);
  assert.is(parseBenchLine(at("benchmark ready cycles=1")), undefined);
  assert.is(parseBenchLine(at("bench ready cycles")), undefined, "a field without =");
  assert.is(parseBenchLine(at("bench Ready x=1")), undefined, "kinds are lower-case words");
  const lines = benchLines([at("hello"), at("bench ready cycles=1 hz=2"), at("bench alloc bytes=16 count=3 seconds=0.5")]);
  assert.equal(lines.map((line) => line.kind), ["ready", "alloc"]);
});

test("numberField reads a number and names what is wrong otherwise", () => {
  const line = parseBenchLine(at("bench alloc bytes=16 count=abc"))!;
  assert.is(numberField(line, "bytes"), 16);
  assert.throws(() => numberField(line, "count"), /field count is "abc"/);
  assert.throws(() => numberField(line, "seconds"), /field seconds is missing/);
});

test("LineClock stamps each line with the arrival of its newline, across chunks", () => {
  const clock = new LineClock();
  clock.receive("bench re", 0.1);
  clock.receive("ady cycles=1\nbench ", 0.2);
  clock.receive("ready cycles=2\r\n", 0.3);
  clock.receive("tail without newline", 0.4);
  clock.finish(0.5);
  assert.equal(clock.lines, [
    { text: "bench ready cycles=1", hostSeconds: 0.2 },
    { text: "bench ready cycles=2", hostSeconds: 0.3 },
    { text: "tail without newline", hostSeconds: 0.5 },
  ]);
});

test.run();

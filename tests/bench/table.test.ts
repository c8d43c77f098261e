// Table formatting (bench/table.ts) and the summaries' statistics (bench/statistics.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { maximum, mean, median, minimum } from "../../bench/statistics";
import { NOT_AVAILABLE, fixed, formatTable, millionsPerSecond, ratio } from "../../bench/table";

test("a table is a Markdown pipe table with padded columns, numbers right-aligned", () => {
  const text = formatTable({
    title: "Boot",
    headers: ["cores", "kvm (ms)", "tcg (ms)", "tcg/kvm"],
    rows: [["1", "2.71", "12.40", "4.58×"], ["64", NOT_AVAILABLE, NOT_AVAILABLE, "-"]],
    notes: ["Medians of 5 runs."],
  });
  assert.is(
    text,
    [
      "### Boot",
      "",
      "| cores |      kvm (ms) |      tcg (ms) | tcg/kvm |",
      "|:------|--------------:|--------------:|--------:|",
      "| 1     |          2.71 |         12.40 |   4.58× |",
      "| 64    | not available | not available |       - |",
      "",
      "Medians of 5 runs.",
    ].join("\n"),
  );
});

test("alignments can be chosen per column, and a row of the wrong width is refused", () => {
  const text = formatTable({ title: "T", headers: ["a", "b"], alignments: ["right", "left"], rows: [["1", "x"]] });
  assert.ok(text.includes("|   1 | x   |"), text);
  assert.ok(text.includes("|----:|:----|"), text);
  assert.throws(() => formatTable({ title: "T", headers: ["a", "b"], rows: [["1"]] }), /a row has 1 cells, not 2/);
});

test("numbers, ratios and rates print the same everywhere; missing values say so", () => {
  assert.is(fixed(2.714, 2), "2.71");
  assert.is(fixed(undefined, 2), NOT_AVAILABLE);
  assert.is(fixed(Number.NaN, 2), NOT_AVAILABLE);
  assert.is(ratio(12.4, 2.71), "4.58×");
  assert.is(ratio(1, 0), "-");
  assert.is(ratio(undefined, 2), "-");
  assert.is(millionsPerSecond(51_900_000), "51.9 M/s");
  assert.is(millionsPerSecond(undefined), NOT_AVAILABLE);
});

test("median, minimum, maximum and mean; NaN for no values", () => {
  assert.is(median([3, 1, 2]), 2);
  assert.is(median([4, 1, 3, 2]), 2.5);
  assert.is(minimum([3, 1, 2]), 1);
  assert.is(maximum([3, 1, 2]), 3);
  assert.is(mean([1, 2, 6]), 3);
  assert.ok(Number.isNaN(median([])) && Number.isNaN(mean([])));
});

test.run();

import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  decodeKernelOptions,
  decodeProgramArguments,
  encodeKernelCommandLine,
  encodeProgramArguments,
} from "../../compiler/run/program_arguments";

test("printable ASCII passes unchanged, joined by spaces", () => {
  assert.is(encodeProgramArguments(["alpha", "--size=10", "a/b.c"]), "alpha --size=10 a/b.c");
  assert.is(encodeProgramArguments([]), "");
});

test("spaces, percent signs and control characters are escaped", () => {
  assert.is(encodeProgramArguments(["a b"]), "a%0020b");
  assert.is(encodeProgramArguments(["100%"]), "100%0025");
  assert.is(encodeProgramArguments(["tab\there", "line\n"]), "tab%0009here line%000A");
});

test("non-ASCII code units are escaped one by one, surrogate halves included", () => {
  assert.is(encodeProgramArguments(["é"]), "%00E9");
  assert.is(encodeProgramArguments(["😀"]), "%D83D%DE00");
});

test("the empty argument is a lone %", () => {
  assert.is(encodeProgramArguments(["", "x", ""]), "% x %");
});

test("decoding inverts encoding", () => {
  const samples = [["a b", "", "%", "%0041", "é😀", "tab\t", "plain"], [], [""], ["  "]];
  for (const args of samples) {
    assert.equal(decodeProgramArguments(encodeProgramArguments(args)), args);
  }
});

test("the decoder splits on runs of spaces and keeps malformed escapes", () => {
  assert.equal(decodeProgramArguments("  a   b "), ["a", "b"]);
  assert.equal(decodeProgramArguments("%00 %zz12 50%"), ["%00", "%zz12", "50%"]);
});

test("kernel options come first, as %- and the name; arguments decode without them", () => {
  const line = encodeKernelCommandLine(["tag-output"], ["a b", "", "x"]);
  assert.is(line, "%-tag-output a%0020b % x");
  assert.equal(decodeKernelOptions(line), ["tag-output"]);
  assert.equal(decodeProgramArguments(line), ["a b", "", "x"]);
  assert.is(encodeKernelCommandLine([], ["x"]), encodeProgramArguments(["x"]));
});

test("no argument is ever taken for a kernel option", () => {
  const args = ["%-tag-output", "-tag-output", "%", "%-", "--", "%0025-x"];
  const line = encodeKernelCommandLine([], args);
  assert.equal(decodeKernelOptions(line), []);
  assert.equal(decodeProgramArguments(line), args);
});

test("an option name outside lower-case words joined by hyphens is refused", () => {
  for (const name of ["", "Tag", "tag output", "-tag", "tag-", "%x"]) {
    assert.throws(() => encodeKernelCommandLine([name], []), /not a kernel option name/, name);
  }
});

test.run();

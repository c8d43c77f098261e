// A program outside the dialect: `check` and `build` print tsc-style
// diagnostics (file(line,col): error TORO....) and exit 1, with no stack trace
// and, for build, no output file.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { describe, fixture, stackTraceLine, torotsc } from "./torotsc-process";

const usesAny = path.relative(process.cwd(), fixture("uses-any.ts"));
/** `let x: any = 1;` on line 3 of the fixture; the column is the checker's choice. */
const anyDiagnostic = /uses-any\.ts\(3,\d+\): error TORO\d{4}: .*\bany\b/;

test("check: diagnostic on stderr, exit 1", () => {
  const outcome = torotsc(["check", usesAny]);
  assert.is(outcome.status, 1, describe(outcome));
  assert.match(outcome.stderr, anyDiagnostic, describe(outcome));
  assert.match(outcome.stderr, /let x: any = 1;/, `code frame expected\n${describe(outcome)}`);
  assert.not.match(outcome.stderr, stackTraceLine, describe(outcome));
  assert.not.match(outcome.stderr, /internal error/, describe(outcome));
});

test("build: the same diagnostic, exit 1, nothing written", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-cli-test-"));
  try {
    const output = path.join(folder, "uses-any.elf");
    const outcome = torotsc(["build", usesAny, "-o", output]);
    assert.is(outcome.status, 1, describe(outcome));
    assert.match(outcome.stderr, anyDiagnostic, describe(outcome));
    assert.not.match(outcome.stderr, stackTraceLine, describe(outcome));
    assert.is(fs.existsSync(output), false, "no image may be written for a program with errors");
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test("run: the same diagnostic, exit 1, nothing booted", () => {
  const outcome = torotsc(["run", usesAny]);
  assert.is(outcome.status, 1, describe(outcome));
  assert.match(outcome.stderr, anyDiagnostic, describe(outcome));
  assert.is(outcome.stdout, "", describe(outcome));
});

test.run();

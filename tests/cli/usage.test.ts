// The command line's contract for mistakes and help: bad arguments give the
// usage and a one-line reason on stderr with exit status 2; help and version
// go to stdout with status 0. None of this needs the compiler.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { describe, fixture, Outcome, stackTraceLine, torotsc } from "./torotsc-process";

const existingSource = fixture("exit-three.ts");

function assertUsageError(outcome: Outcome, reason: RegExp): void {
  assert.is(outcome.status, 2, describe(outcome));
  assert.match(outcome.stderr, /torotsc (build|run|check|<command>)/, `usage text expected\n${describe(outcome)}`);
  const lastLine = outcome.stderr.trimEnd().split("\n").pop() ?? "";
  assert.match(lastLine, /^torotsc: /, `the reason should be the last line\n${describe(outcome)}`);
  assert.match(lastLine, reason, describe(outcome));
  assert.not.match(outcome.stderr, stackTraceLine, describe(outcome));
  assert.is(outcome.stdout, "", describe(outcome));
}

test("no command: usage and exit 2", () => {
  assertUsageError(torotsc([]), /no command given/);
});

test("unknown command: usage and exit 2", () => {
  assertUsageError(torotsc(["frobnicate", existingSource]), /frobnicate/);
});

test("unknown option: usage and exit 2", () => {
  assertUsageError(torotsc(["build", existingSource, "--frobnicate-level", "2"]), /Unknown argument: frobnicate-level$/);
  assertUsageError(torotsc(["run", existingSource, "--frequency", "3"]), /frequency/);
});

test("missing file argument: usage and exit 2", () => {
  for (const command of ["build", "run", "check"]) {
    assertUsageError(torotsc([command]), /missing the <file> argument/);
  }
});

test("an extra positional argument is rejected (program arguments go after --)", () => {
  assertUsageError(torotsc(["run", existingSource, "stray"]), /stray/);
});

test("bad optimisation level and emit kind", () => {
  assertUsageError(torotsc(["build", existingSource, "-O5"]), /-O takes 0, 1, 2 or 3/);
  assertUsageError(torotsc(["build", existingSource, "-Ofast"]), /-O takes 0, 1, 2 or 3 \(as in -O2\), not .fast.$/);
  assertUsageError(torotsc(["build", existingSource, "--emit", "wasm"]), /wasm/);
  assertUsageError(torotsc(["build", existingSource, "-o"]), /Not enough arguments following: o/);
});

test("bad --cores values", () => {
  for (const cores of ["0", "65", "1.5", "two", "-3"]) {
    assertUsageError(torotsc(["run", existingSource, "--cores", cores]), /--cores takes a whole number from 1 to 64/);
  }
});

test("bad --mem values", () => {
  for (const memory of ["12X", "1.5G", "8M", "M", ""]) {
    assertUsageError(torotsc(["run", existingSource, "--mem", memory]), /--mem takes a size such as 128M or 1G/);
  }
});

test("bad --timeout and --accel values", () => {
  for (const seconds of ["0", "-1", "soon"]) {
    assertUsageError(torotsc(["run", existingSource, "--timeout", seconds]), /--timeout takes a positive number/);
  }
  assertUsageError(torotsc(["run", existingSource, "--accel", "hvf"]), /hvf/);
});

test("a file that does not exist: one line, exit 2", () => {
  for (const command of ["build", "run", "check"]) {
    const outcome = torotsc([command, "no-such-program.ts"]);
    assert.is(outcome.status, 2, describe(outcome));
    assert.is(outcome.stderr, "torotsc: cannot read 'no-such-program.ts': no such file\n", describe(outcome));
  }
});

test("a directory is not a program", () => {
  const outcome = torotsc(["check", "tests"]);
  assert.is(outcome.status, 2, describe(outcome));
  assert.is(outcome.stderr, "torotsc: cannot read 'tests': is a directory\n", describe(outcome));
});

test("build and check want a .ts source; run wants a .ts source or an ELF image", () => {
  const notSource = torotsc(["check", "package.json"]);
  assert.is(notSource.status, 2, describe(notSource));
  assert.match(notSource.stderr, /^torotsc: 'package\.json' is not a TypeScript source/, describe(notSource));
  const notImage = torotsc(["run", "package.json"]);
  assert.is(notImage.status, 2, describe(notImage));
  assert.match(notImage.stderr, /is neither a TypeScript source \(\.ts\) nor an ELF image/, describe(notImage));
});

test("--help for the tool and for every command: stdout, exit 0", () => {
  const expectations: Array<[string[], RegExp[]]> = [
    [["--help"], [/torotsc <command>/, /build <file>/, /run <file>/, /check <file>/, /Exit status/]],
    [["build", "--help"], [/torotsc build <file>/, /--emit/, /-O/, /--output/]],
    [["run", "--help"], [/torotsc run <file>/, /--cores/, /--mem/, /--accel/, /--timeout/, /\.torotsc-cache/]],
    [["check", "--help"], [/torotsc check <file>/]],
  ];
  for (const [commandLine, patterns] of expectations) {
    const outcome = torotsc(commandLine);
    assert.is(outcome.status, 0, describe(outcome));
    assert.is(outcome.stderr, "", describe(outcome));
    for (const pattern of patterns) assert.match(outcome.stdout, pattern, describe(outcome));
  }
});

test("--version prints the package version", () => {
  const outcome = torotsc(["--version"]);
  assert.is(outcome.status, 0, describe(outcome));
  assert.match(outcome.stdout, /^\d+\.\d+\.\d+\n$/, describe(outcome));
});

test.run();

// The parsers behind `torotsc run`'s machine options, on their own.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { InvalidArgument } from "../../compiler/cli/errors";
import { defaultMemoryMebibytes, parseCores, parseMemorySize, parseTimeout } from "../../compiler/cli/run-options";

function assertInvalid(parse: (value: unknown) => number, value: unknown): void {
  assert.throws(() => parse(value), (error: unknown) => error instanceof InvalidArgument, `${String(value)}`);
}

test("cores: whole numbers from 1 to 64", () => {
  assert.is(parseCores("1"), 1);
  assert.is(parseCores(64), 64);
  for (const value of ["0", "65", "1.5", "", "x", true, -1]) assertInvalid(parseCores, value);
});

test("memory: mebibytes from M, G or a bare number", () => {
  assert.is(parseMemorySize("128M"), 128);
  assert.is(parseMemorySize("128m"), 128);
  assert.is(parseMemorySize("1G"), 1024);
  assert.is(parseMemorySize("2g"), 2048);
  assert.is(parseMemorySize("256"), 256);
  assert.is(parseMemorySize("16M"), 16);
  for (const value of ["15M", "0G", "1.5G", "128K", "M", "", "1T", "-128M"]) assertInvalid(parseMemorySize, value);
});

test("default memory: 128M up to 8 cores, then 16M per core (room for every core's queues)", () => {
  assert.is(defaultMemoryMebibytes(1), 128);
  assert.is(defaultMemoryMebibytes(8), 128);
  assert.is(defaultMemoryMebibytes(16), 256);
  assert.is(defaultMemoryMebibytes(64), 1024);
});

test("timeout: positive seconds, fractions allowed", () => {
  assert.is(parseTimeout("60"), 60);
  assert.is(parseTimeout("0.5"), 0.5);
  for (const value of ["0", "-1", "x", "", "Infinity", true]) assertInvalid(parseTimeout, value);
});

test.run();

// formatI64 and formatU64 (runtime/lang/number_format.ts) against String(x).
// Under Node the integers are doubles, so this covers |x| <= 2^53; the wider
// 64-bit range relies on the same code compiled with true 64-bit arithmetic.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Mismatches, formatI64, formatU64 } from "./number_format_harness";
import { SeededRandom, testSeed } from "./seeded_random";

const seed = testSeed();
const LIMIT = 2 ** 53;

function interestingMagnitudes(): number[] {
  const values = [0, 1, 9, 10, 11, 99, 100, 101, LIMIT, LIMIT - 1, 2 ** 32, 2 ** 32 - 1, 2 ** 31, 2 ** 31 - 1];
  for (let power = 1; power <= 15; power++) values.push(10 ** power - 1, 10 ** power, 10 ** power + 1);
  const random = new SeededRandom(seed + 21);
  for (let count = 0; count < 50000; count++) {
    values.push(Math.floor((random.nextUint32() * 2 ** 21 + random.nextBelow(2 ** 21)) / 2 ** random.nextBetween(0, 52)));
  }
  return values;
}

test("formatU64 matches String for 0..2^53", () => {
  const mismatches = new Mismatches();
  for (const value of interestingMagnitudes()) mismatches.check(`formatU64(${value})`, formatU64(value), String(value));
  assert.is(mismatches.report(), "");
});

test("formatI64 matches String for -2^53..2^53", () => {
  const mismatches = new Mismatches();
  for (const magnitude of interestingMagnitudes()) {
    for (const value of [magnitude, -magnitude]) mismatches.check(`formatI64(${value})`, formatI64(value), String(value));
  }
  assert.is(mismatches.report(), "");
  assert.is(formatI64(-1), "-1");
  assert.is(formatI64(-(2 ** 53)), "-9007199254740992");
});

test.run();

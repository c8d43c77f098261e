// The buffers inside runtime/lang's number formatting are sized by proofs in
// their comments (|e| + 128 bits for shortest digits, 410 bits and 121 digits
// for toFixed). Here the extremes run with bounds-checked typed arrays, as
// compiled code has them, so an undersized buffer fails instead of being
// silently ignored by Node.
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  Mismatches,
  doubleFromBits,
  formatF64BoundsChecked,
  formatF64FixedBoundsChecked,
  nextDown,
  nextUp,
} from "./number_format_harness";

function extremes(): number[] {
  const values = [Number.MAX_VALUE, Number.MIN_VALUE, 2.2250738585072014e-308, 2.225073858507201e-308, 1e21, 1e-7];
  for (let exponent = -1074; exponent <= 1023; exponent += 1) values.push(2 ** exponent);
  for (let exponent = -323; exponent <= 308; exponent += 1) values.push(Number(`1e${exponent}`));
  for (let low = 1; low < 50; low++) values.push(doubleFromBits(0x7fefffff, -low), doubleFromBits(0, low), doubleFromBits(0xfffff, -low));
  return values.flatMap((value) => [value, nextUp(value), nextDown(value)]).filter((value) => Number.isFinite(value) && value > 0);
}

test("shortest digits of extreme doubles stay within their buffers", () => {
  const mismatches = new Mismatches();
  for (const value of extremes()) mismatches.check(`String(${value})`, formatF64BoundsChecked(value), String(value));
  assert.is(mismatches.report(), "");
});

test("toFixed(100) of extreme doubles stays within its buffers", () => {
  const mismatches = new Mismatches();
  const values = extremes().filter((value) => value < 1e21);
  values.push(999999999999999868928, 1e21 - 65536 * 2, 0.5, 1);
  for (const value of values) {
    for (const digits of [0, 100]) {
      mismatches.check(`(${value}).toFixed(${digits})`, formatF64FixedBoundsChecked(-value, digits), (-value).toFixed(digits));
    }
  }
  assert.is(mismatches.report(), "");
});

test.run();

// Digits for Number.prototype.toFixed (pure).
//
// ECMA-262 toFixed wants n, the integer nearest to x × 10^f, taking the larger
// one on a tie, computed from the exact value of the double. With x = F × 2^E:
//   E >= 0: n = F × 2^E × 10^f, an integer already;
//   E < 0:  n = floor(F × 10^f / 2^-E), plus one when the remainder is at least
//           half of 2^-E, which is exactly when bit (-E - 1) of F × 10^f is set.
// Sizes: x < 10^21 < 2^70 and f <= 100, so every quantity is below
// 2^70 × 10^100 < 2^403, and n has at most 121 decimal digits.

import {
  BigNatural,
  addSmall,
  bitAt,
  divideByTenToTheSeven,
  isZero,
  limbsForBits,
  multiplyPowerOfTen,
  setSmall,
  shiftLeft,
  shiftRight,
} from "./big_natural";
import { DecimalDigits, appendDigit } from "./decimal_digits";
import { binaryExponentOf, significandOf } from "./ieee_double";

/** The largest fraction digit count toFixed accepts. */
export const MAXIMUM_FRACTION_DIGITS: i32 = 100;
/** Decimal digits of n at most: 21 before the point and 100 after. */
export const FIXED_DIGITS_CAPACITY: i32 = 121;
const CHUNK_DIGITS: i32 = 7;
const CHUNK_CAPACITY: i32 = 18;
const FIXED_BITS: i32 = 410;

/**
 * Fills `result` with the decimal digits of n for 0 <= x < 10^21 and
 * 0 <= fractionDigits <= 100; n = 0 gives the single digit 0. The value shown is
 * n / 10^fractionDigits, so result.pointPosition is count - fractionDigits.
 */
export function fixedDigits(x: f64, fractionDigits: i32, result: DecimalDigits): void {
  const exponent: i32 = binaryExponentOf(x);
  const scaled: BigNatural = new BigNatural(limbsForBits(FIXED_BITS));
  setSmall(scaled, significandOf(x));
  multiplyPowerOfTen(scaled, fractionDigits);
  if (exponent >= 0) {
    shiftLeft(scaled, exponent);
  } else {
    const roundsUp: boolean = bitAt(scaled, -exponent - 1);
    shiftRight(scaled, -exponent);
    if (roundsUp) {
      addSmall(scaled, 1);
    }
  }
  writeDecimal(scaled, result);
  result.pointPosition = result.count - fractionDigits;
}

/** Replaces the digits of `result` by those of `value` (consumed), without leading zeros. */
function writeDecimal(value: BigNatural, result: DecimalDigits): void {
  const chunks: Uint32Array = new Uint32Array(CHUNK_CAPACITY);
  let chunkCount: i32 = 0;
  while (!isZero(value)) {
    chunks[chunkCount] = u32(divideByTenToTheSeven(value));
    chunkCount++;
  }
  result.count = 0;
  if (chunkCount == 0) {
    appendDigit(result, 0);
    return;
  }
  appendChunk(result, chunks[chunkCount - 1], false);
  for (let index: i32 = chunkCount - 2; index >= 0; index--) {
    appendChunk(result, chunks[index], true);
  }
}

/** Appends the seven digits of `chunk`, or only its significant ones when not `padded`. */
function appendChunk(result: DecimalDigits, chunk: u32, padded: boolean): void {
  let divisor: u32 = 1;
  for (let index: i32 = 1; index < CHUNK_DIGITS; index++) {
    divisor = divisor * 10;
  }
  let started: boolean = padded;
  while (divisor > 0) {
    const digit: u32 = u32(chunk / divisor) % 10;
    if (started || digit != 0 || divisor == 1) {
      appendDigit(result, i32(digit));
      started = true;
    }
    divisor = u32(divisor / 10);
  }
}

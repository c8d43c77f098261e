// The parts of an IEEE-754 double: x = significand × 2^exponent (pure).
//
// Only the bit-access intrinsics of toro/unsafe are used; under Node they are
// implemented with a DataView, so this file behaves the same in both worlds.
// The significand is below 2^53, so it is exact as a u64 under Node as well.

import { f64High, f64Low } from "toro/unsafe";

/** The exponent of the smallest subnormal: every finite double is a multiple of 2^-1074. */
export const MINIMUM_BINARY_EXPONENT: i32 = -1074;
const EXPONENT_BIAS_AND_SIGNIFICAND_BITS: i32 = 1075;
const HIDDEN_BIT: u64 = 4503599627370496;
const TWO_TO_THE_32: u64 = 4294967296;

function biasedExponentOf(x: f64): i32 {
  return i32((f64High(x) >>> 20) & 0x7ff);
}

function storedFractionOf(x: f64): u64 {
  return u64(f64High(x) & 0xfffff) * TWO_TO_THE_32 + u64(f64Low(x));
}

/** The integer significand of finite |x|: below 2^53, with the hidden bit for normal numbers. */
export function significandOf(x: f64): u64 {
  if (biasedExponentOf(x) == 0) {
    return storedFractionOf(x);
  }
  return storedFractionOf(x) + HIDDEN_BIT;
}

/** The binary exponent e of finite |x| = significandOf(x) × 2^e. */
export function binaryExponentOf(x: f64): i32 {
  const biased: i32 = biasedExponentOf(x);
  if (biased == 0) {
    return MINIMUM_BINARY_EXPONENT;
  }
  return biased - EXPONENT_BIAS_AND_SIGNIFICAND_BITS;
}

/**
 * Whether the gap from |x| down to the next smaller double is half the gap up
 * to the next larger one: |x| is a power of two above the smallest normal.
 */
export function hasNarrowLowerGap(x: f64): boolean {
  return storedFractionOf(x) == 0 && biasedExponentOf(x) > 1;
}

/**
 * Whether x, finite and positive, is an integer below 2^53: then x = f × 2^e
 * with -52 <= e <= 0 and the low -e bits of f clear (e > 0 means x >= 2^53,
 * e < -52 means x < 1).
 */
export function isIntegerBelowTwoToThe53(x: f64): boolean {
  const exponent: i32 = binaryExponentOf(x);
  if (exponent > 0 || exponent < -52) {
    return false;
  }
  return significandOf(x) % powerOfTwo(-exponent) == 0;
}

/** The value of an x for which isIntegerBelowTwoToThe53 holds, as a u64 (without libm). */
export function integerValueOf(x: f64): u64 {
  return u64(significandOf(x) / powerOfTwo(-binaryExponentOf(x)));
}

/** 2^exponent for 0 <= exponent <= 52. */
function powerOfTwo(exponent: i32): u64 {
  let result: u64 = 1;
  for (let bit: i32 = 0; bit < exponent; bit++) {
    result = result * 2;
  }
  return result;
}

/** The number of bits of `value` (0 for zero). */
export function bitLengthOf(value: u64): i32 {
  let rest: u64 = value;
  let bits: i32 = 0;
  while (rest != 0) {
    rest = u64((rest - rest % 2) / 2);
    bits++;
  }
  return bits;
}

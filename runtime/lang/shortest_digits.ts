// Shortest round-trip decimal digits of a double (pure).
//
// ECMA-262 Number::toString asks for the fewest digits s × 10^(n-k) that read
// back as the same double; among those, the one closest to the double; on a tie,
// the even one. This is the free-format algorithm of Steele & White (as refined
// by Burger & Dybvig) run on exact integers, so it is right for every double:
//
//   value / scale         is the double v exactly,
//   (value + high) / scale is the upper end of the interval of reals that round
//                          to v, (value - low) / scale the lower end.
//
// The ends belong to the interval when v's significand is even (round-half-even
// reading). The scale is multiplied by 10^n where n is the smallest integer
// whose 10^n lies beyond the upper end, so that value / scale < 1; then each step
// multiplies value, high and low by 10 and takes the integer part of
// value / scale as the next digit. Generation stops at the first digit after
// which truncating (digit) or rounding up (digit + 1) stays inside the interval;
// no shorter string can exist because the previous step had neither. Rounding up
// never produces a "10": that would have put 10^n inside the interval or stopped
// the previous step.
//
// Sizes: every quantity stays below 20 × scale, and scale is below 2^(60 + |e|)
// (10^n is below 10 × 2^(54 + e) when n > 0), so |e| + 128 bits always suffice.

import {
  BigNatural,
  add,
  compare,
  limbsForBits,
  multiplyPowerOfTen,
  multiplySmall,
  setPowerOfTwo,
  setSmall,
  shiftLeft,
  subtract,
} from "./big_natural";
import { DecimalDigits, appendDigit } from "./decimal_digits";
import { bitLengthOf, binaryExponentOf, hasNarrowLowerGap, significandOf } from "./ieee_double";

/** No double needs more than 17 significant digits. */
export const SHORTEST_DIGITS_CAPACITY: i32 = 17;

/** log10(2) × 2^18, rounded down. */
const LOG10_OF_2_TIMES_2_TO_THE_18: i32 = 78913;

/** The exact rational picture of one double being converted. */
class ConversionState {
  value: BigNatural;
  scale: BigNatural;
  high: BigNatural;
  /** The same object as `high` unless the lower gap is narrower. */
  low: BigNatural;
  /** Whether `low` is its own number (the lower gap is narrower) rather than `high`. */
  lowIsSeparate: boolean;
  /** Scratch space for sums. */
  sum: BigNatural;
  /** Whether the interval's end points themselves read back as the double. */
  endsIncluded: boolean;

  constructor(capacity: i32, narrowLowerGap: boolean, endsIncluded: boolean) {
    this.value = new BigNatural(capacity);
    this.scale = new BigNatural(capacity);
    this.high = new BigNatural(capacity);
    this.low = this.high;
    this.lowIsSeparate = narrowLowerGap;
    if (narrowLowerGap) {
      this.low = new BigNatural(capacity);
    }
    this.sum = new BigNatural(capacity);
    this.endsIncluded = endsIncluded;
  }
}

/**
 * Fills `result` with the shortest, closest digits of x, which must be finite
 * and positive; result.pointPosition receives ECMA-262's n.
 */
export function shortestDigits(x: f64, result: DecimalDigits): void {
  const significand: u64 = significandOf(x);
  const exponent: i32 = binaryExponentOf(x);
  const narrowLowerGap: boolean = hasNarrowLowerGap(x);
  let magnitude: i32 = exponent;
  if (exponent < 0) {
    magnitude = -exponent;
  }
  const state: ConversionState = new ConversionState(
    limbsForBits(magnitude + 128),
    narrowLowerGap,
    significand % 2 == 0,
  );
  setUpFractions(state, significand, exponent, narrowLowerGap);
  const pointPosition: i32 = scaleBelowOne(state, estimatePointPosition(significand, exponent));
  result.count = 0;
  result.pointPosition = pointPosition;
  generateDigits(state, result);
}

/**
 * Sets value / scale = v, high / scale = half the gap above v and low / scale =
 * half the gap below it, all as integers. With g = 1 when the lower gap is
 * narrower (so the fractions are doubled once more) and g = 0 otherwise:
 * value = f·2^(max(e,0)+1+g), scale = 2^(1+g+max(-e,0)),
 * high = 2^(max(e,0)+g), low = 2^max(e,0).
 */
function setUpFractions(state: ConversionState, significand: u64, exponent: i32, narrowLowerGap: boolean): void {
  let extra: i32 = 0;
  if (narrowLowerGap) {
    extra = 1;
  }
  let positivePart: i32 = 0;
  let negativePart: i32 = 0;
  if (exponent >= 0) {
    positivePart = exponent;
  } else {
    negativePart = -exponent;
  }
  setSmall(state.value, significand);
  shiftLeft(state.value, positivePart + 1 + extra);
  setPowerOfTwo(state.scale, 1 + extra + negativePart);
  setPowerOfTwo(state.high, positivePart + extra);
  if (narrowLowerGap) {
    setPowerOfTwo(state.low, positivePart);
  }
}

/**
 * A lower bound for n, at most two below it. With j = e + bits - 1, v lies in
 * [2^j, 2^(j+1)), so ceil(j × log10 2) <= n <= ceil((j + 1) × log10 2).
 * floor(j × 78913 / 2^18) never exceeds ceil(j × log10 2), as 78913 / 2^18
 * differs from log10 2 by less than 1e-6 and |j| <= 1074; for every such j it
 * is at most one below it (checked exhaustively). Integer arithmetic keeps this
 * exact and free of libm: the arithmetic shift is the floor, and j × 78913 fits
 * in an i32. scaleBelowOne raises the estimate to n.
 */
export function estimatePointPosition(significand: u64, exponent: i32): i32 {
  const log2OfValue: i32 = exponent + bitLengthOf(significand) - 1;
  return (log2OfValue * LOG10_OF_2_TIMES_2_TO_THE_18) >> 18;
}

/** Multiplies by 10^estimate, then raises n until the upper end lies below 10^n. Returns n. */
function scaleBelowOne(state: ConversionState, estimate: i32): i32 {
  if (estimate >= 0) {
    multiplyPowerOfTen(state.scale, estimate);
  } else {
    multiplyPowerOfTen(state.value, -estimate);
    multiplyPowerOfTen(state.high, -estimate);
    if (state.lowIsSeparate) {
      multiplyPowerOfTen(state.low, -estimate);
    }
  }
  let pointPosition: i32 = estimate;
  while (upperEndReaches(state)) {
    multiplySmall(state.scale, 10);
    pointPosition++;
  }
  return pointPosition;
}

/** Whether the upper end (value + high) / scale reaches 1, so rounding up here reads back as v. */
function upperEndReaches(state: ConversionState): boolean {
  add(state.sum, state.value, state.high);
  const order: i32 = compare(state.sum, state.scale);
  if (state.endsIncluded) {
    return order >= 0;
  }
  return order > 0;
}

/** Whether value / scale is within the lower half-gap, so truncating here reads back as v. */
function lowerEndReaches(state: ConversionState): boolean {
  const order: i32 = compare(state.value, state.low);
  if (state.endsIncluded) {
    return order <= 0;
  }
  return order < 0;
}

function generateDigits(state: ConversionState, result: DecimalDigits): void {
  let finished: boolean = false;
  while (!finished) {
    multiplySmall(state.value, 10);
    multiplySmall(state.high, 10);
    if (state.lowIsSeparate) {
      multiplySmall(state.low, 10);
    }
    let digit: i32 = 0;
    while (compare(state.value, state.scale) >= 0) {
      subtract(state.value, state.scale);
      digit++;
    }
    const truncationFits: boolean = lowerEndReaches(state);
    const roundingUpFits: boolean = upperEndReaches(state);
    if (truncationFits && roundingUpFits) {
      digit += roundingIncrement(state, digit);
    } else if (roundingUpFits) {
      digit++;
    }
    appendDigit(result, digit);
    finished = truncationFits || roundingUpFits;
  }
}

/** 1 when digit + 1 is closer to v than digit (the even one on a tie), else 0. */
function roundingIncrement(state: ConversionState, digit: i32): i32 {
  add(state.sum, state.value, state.value);
  const order: i32 = compare(state.sum, state.scale);
  if (order > 0 || (order == 0 && digit % 2 == 1)) {
    return 1;
  }
  return 0;
}

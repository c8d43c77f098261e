// Number to text, exactly as JavaScript does it (pure).
//
// formatF64 is ECMA-262 Number::toString (what String(x) gives), formatF64Fixed
// is Number.prototype.toFixed, formatI64/formatU64 print 64-bit integers in
// decimal. Each writes UTF-16 code units into `out` from index 0 and returns how
// many it wrote; the *_CAPACITY constants give the room `out` needs. The digit
// generation lives in shortest_digits.ts and fixed_digits.ts; this file only
// lays the digits out. No strings are built here, so the same code runs under
// Node for testing; runtime/lang/number_to_string.ts turns the units into strings.
// Only integer arithmetic and comparisons are used on the doubles (no Math.*,
// no float-to-integer conversion), so nothing here needs libm.

import { DecimalDigits } from "./decimal_digits";
import { FIXED_DIGITS_CAPACITY, fixedDigits } from "./fixed_digits";
import { isIntegerBelowTwoToThe53, integerValueOf } from "./ieee_double";
import { SHORTEST_DIGITS_CAPACITY, shortestDigits } from "./shortest_digits";

/** Longest formatF64 output: "-0.00000" followed by 17 digits. */
export const F64_STRING_CAPACITY: i32 = 25;
/** Longest formatF64Fixed output: a sign, 21 integer digits, the point and 100 digits. */
export const F64_FIXED_STRING_CAPACITY: i32 = 123;
/** Longest formatI64/formatU64 output: "-9223372036854775808" and "18446744073709551615". */
export const INTEGER_STRING_CAPACITY: i32 = 20;

const CHARACTER_ZERO: u16 = 48;
const CHARACTER_MINUS: u16 = 45;
const CHARACTER_PLUS: u16 = 43;
const CHARACTER_POINT: u16 = 46;
const CHARACTER_LOWER_E: u16 = 101;
/** From 10^21 on, toString switches to exponent form and toFixed defers to toString. */
const DECIMAL_NOTATION_LIMIT: f64 = 1e21;
const LARGEST_DECIMAL_POINT_POSITION: i32 = 21;
const SMALLEST_DECIMAL_POINT_POSITION: i32 = -5;

/** Writes String(x): shortest round-trip digits, "NaN", "Infinity", -0 as "0". */
export function formatF64(x: f64, out: Uint16Array): i32 {
  if (isNaN(x)) {
    return writeNaN(out);
  }
  let position: i32 = 0;
  let magnitude: f64 = x;
  if (x < 0) {
    out[0] = CHARACTER_MINUS;
    position = 1;
    magnitude = -x;
  }
  if (magnitude == Infinity) {
    return writeInfinity(out, position);
  }
  if (magnitude == 0) {
    out[0] = CHARACTER_ZERO;
    return 1;
  }
  // Below 2^53 an integer's shortest round-trip digits are its own: its
  // neighbours are at most 1 away, so no other integer reads back as it, and
  // a string with a fraction would need more digits.
  if (isIntegerBelowTwoToThe53(magnitude)) {
    return writeUnsigned(out, position, integerValueOf(magnitude));
  }
  const digits: DecimalDigits = new DecimalDigits(SHORTEST_DIGITS_CAPACITY);
  shortestDigits(magnitude, digits);
  return writeShortest(out, position, digits);
}

/**
 * Writes x.toFixed(fractionDigits) for 0 <= fractionDigits <= 100: the exact
 * value rounded half away from zero, or String(x) when |x| >= 10^21 or x is not finite.
 */
export function formatF64Fixed(x: f64, fractionDigits: i32, out: Uint16Array): i32 {
  if (isNaN(x) || x >= DECIMAL_NOTATION_LIMIT || x <= -DECIMAL_NOTATION_LIMIT) {
    return formatF64(x, out);
  }
  let position: i32 = 0;
  let magnitude: f64 = x;
  if (x < 0) {
    out[0] = CHARACTER_MINUS;
    position = 1;
    magnitude = -x;
  }
  const digits: DecimalDigits = new DecimalDigits(FIXED_DIGITS_CAPACITY);
  fixedDigits(magnitude, fractionDigits, digits);
  return writeFixed(out, position, digits, fractionDigits);
}

/** Writes the decimal digits of x, with a minus sign when negative. */
export function formatI64(x: i64, out: Uint16Array): i32 {
  if (x >= 0) {
    return writeUnsigned(out, 0, u64(x));
  }
  out[0] = CHARACTER_MINUS;
  // -(x + 1) fits in i64 even for the most negative x, and its successor fits in u64.
  return writeUnsigned(out, 1, u64(-(x + 1)) + 1);
}

/** Writes the decimal digits of x. */
export function formatU64(x: u64, out: Uint16Array): i32 {
  return writeUnsigned(out, 0, x);
}

/** Writes `value` in decimal at `start` and returns the end position. */
function writeUnsigned(out: Uint16Array, start: i32, value: u64): i32 {
  let end: i32 = start;
  let rest: u64 = value;
  do {
    const digit: u64 = rest % 10;
    out[end] = CHARACTER_ZERO + u16(digit);
    rest = u64((rest - digit) / 10);
    end++;
  } while (rest != 0);
  reverse(out, start, end);
  return end;
}

function reverse(out: Uint16Array, start: i32, end: i32): void {
  let left: i32 = start;
  let right: i32 = end - 1;
  while (left < right) {
    const saved: u16 = out[left];
    out[left] = out[right];
    out[right] = saved;
    left++;
    right--;
  }
}

/** Lays out k digits with point position n as Number::toString does (ECMA-262, steps 7 to 12). */
function writeShortest(out: Uint16Array, start: i32, digits: DecimalDigits): i32 {
  const count: i32 = digits.count;
  const pointPosition: i32 = digits.pointPosition;
  if (count <= pointPosition && pointPosition <= LARGEST_DECIMAL_POINT_POSITION) {
    const end: i32 = writeDigits(out, start, digits, 0, count);
    return writeZeros(out, end, pointPosition - count);
  }
  if (0 < pointPosition && pointPosition <= LARGEST_DECIMAL_POINT_POSITION) {
    let end: i32 = writeDigits(out, start, digits, 0, pointPosition);
    out[end] = CHARACTER_POINT;
    return writeDigits(out, end + 1, digits, pointPosition, count);
  }
  if (SMALLEST_DECIMAL_POINT_POSITION <= pointPosition && pointPosition <= 0) {
    out[start] = CHARACTER_ZERO;
    out[start + 1] = CHARACTER_POINT;
    const end: i32 = writeZeros(out, start + 2, -pointPosition);
    return writeDigits(out, end, digits, 0, count);
  }
  return writeExponential(out, start, digits);
}

/** d[.ddd]e±x, where x is the exponent of the first digit. */
function writeExponential(out: Uint16Array, start: i32, digits: DecimalDigits): i32 {
  let end: i32 = writeDigits(out, start, digits, 0, 1);
  if (digits.count > 1) {
    out[end] = CHARACTER_POINT;
    end = writeDigits(out, end + 1, digits, 1, digits.count);
  }
  out[end] = CHARACTER_LOWER_E;
  const exponent: i32 = digits.pointPosition - 1;
  if (exponent < 0) {
    out[end + 1] = CHARACTER_MINUS;
    return writeUnsigned(out, end + 2, u64(-exponent));
  }
  out[end + 1] = CHARACTER_PLUS;
  return writeUnsigned(out, end + 2, u64(exponent));
}

/** Lays out n / 10^fractionDigits as toFixed does: at least one integer digit, then the fraction. */
function writeFixed(out: Uint16Array, start: i32, digits: DecimalDigits, fractionDigits: i32): i32 {
  const integerDigits: i32 = digits.count - fractionDigits;
  let end: i32 = start;
  if (integerDigits <= 0) {
    out[end] = CHARACTER_ZERO;
    end++;
  } else {
    end = writeDigits(out, end, digits, 0, integerDigits);
  }
  if (fractionDigits == 0) {
    return end;
  }
  out[end] = CHARACTER_POINT;
  end++;
  if (integerDigits < 0) {
    end = writeZeros(out, end, -integerDigits);
    return writeDigits(out, end, digits, 0, digits.count);
  }
  return writeDigits(out, end, digits, integerDigits, digits.count);
}

/** Writes digits[from..to) at `start` and returns the end position. */
function writeDigits(out: Uint16Array, start: i32, digits: DecimalDigits, from: i32, to: i32): i32 {
  let end: i32 = start;
  for (let index: i32 = from; index < to; index++) {
    out[end] = CHARACTER_ZERO + u16(digits.digits[index]);
    end++;
  }
  return end;
}

function writeZeros(out: Uint16Array, start: i32, count: i32): i32 {
  for (let index: i32 = 0; index < count; index++) {
    out[start + index] = CHARACTER_ZERO;
  }
  return start + count;
}

function writeNaN(out: Uint16Array): i32 {
  out[0] = 78;
  out[1] = 97;
  out[2] = 78;
  return 3;
}

/** Writes "Infinity" at `start` (after any sign) and returns the end position. */
function writeInfinity(out: Uint16Array, start: i32): i32 {
  out[start] = 73;
  out[start + 1] = 110;
  out[start + 2] = 102;
  out[start + 3] = 105;
  out[start + 4] = 110;
  out[start + 5] = 105;
  out[start + 6] = 116;
  out[start + 7] = 121;
  return start + 8;
}

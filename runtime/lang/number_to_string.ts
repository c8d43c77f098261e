// String(x), templates, console.log and toFixed for numbers and booleans (glue).
//
// The compiler turns every number-to-text conversion into one of these calls
// (compiler/lower/strings.ts). The text itself comes from the pure formatter
// number_format.ts, which writes code units into a Uint16Array; this file only
// copies them into a new string object.

import { f64High } from "toro/unsafe";
import {
  F64_FIXED_STRING_CAPACITY,
  F64_STRING_CAPACITY,
  INTEGER_STRING_CAPACITY,
  formatF64,
  formatF64Fixed,
  formatI64,
  formatU64,
} from "./number_format";
import { MAXIMUM_FRACTION_DIGITS } from "./fixed_digits";
import { ABSENT_I32, __toro_string_alloc, failRange, setUnitAt } from "./string";

/** String(x): "NaN", "Infinity", shortest round-trip digits; -0 gives "0". */
export function __toro_f64_toString(x: f64): string {
  const units: Uint16Array = new Uint16Array(F64_STRING_CAPACITY);
  return stringOfUnits(units, formatF64(x, units));
}

/** What console.log prints for a number: String(x), except that -0 gives "-0". */
export function __toro_f64_toLogString(x: f64): string {
  if (x == 0 && f64High(x) >= 0x80000000) {
    return "-0";
  }
  return __toro_f64_toString(x);
}

/**
 * x.toFixed(digits) for 0..100 digits (left out: 0). Other counts are
 * JavaScript's RangeError, a panic here.
 */
export function __toro_f64_toFixed(x: f64, digits: i32): string {
  let fractionDigits: i32 = digits;
  if (fractionDigits == ABSENT_I32) {
    fractionDigits = 0;
  }
  if (fractionDigits < 0 || fractionDigits > MAXIMUM_FRACTION_DIGITS) {
    failRange("toFixed() digits argument must be between 0 and 100");
  }
  const units: Uint16Array = new Uint16Array(F64_FIXED_STRING_CAPACITY);
  return stringOfUnits(units, formatF64Fixed(x, fractionDigits, units));
}

export function __toro_i64_toString(x: i64): string {
  const units: Uint16Array = new Uint16Array(INTEGER_STRING_CAPACITY);
  return stringOfUnits(units, formatI64(x, units));
}

export function __toro_u64_toString(x: u64): string {
  const units: Uint16Array = new Uint16Array(INTEGER_STRING_CAPACITY);
  return stringOfUnits(units, formatU64(x, units));
}

export function __toro_bool_toString(b: boolean): string {
  if (b) {
    return "true";
  }
  return "false";
}

/** A new string holding units[0..length). */
function stringOfUnits(units: Uint16Array, length: i32): string {
  const result: string = __toro_string_alloc(length);
  for (let index: i32 = 0; index < length; index++) {
    setUnitAt(result, index, units[index]);
  }
  return result;
}

// The string methods of the dialect, with JavaScript's semantics (glue).
//
// s.method(args) compiles to __toro_string_<method>(s, args). A left-out i32
// argument arrives as ABSENT_I32 and a left-out string as address 0; each
// function substitutes JavaScript's default (ECMA-262, String.prototype). The
// clamping rules below follow the specification's steps: negative positions
// count from the end for slice, clamp to 0 for substring and indexOf. Results
// that equal the receiver share it (strings are immutable).
//
// Like string.ts, this file must not use the string operators (+, ===, s[i]);
// it calls the functions behind them directly.

import {
  ABSENT_I32,
  MAXIMUM_STRING_LENGTH,
  __toro_string_alloc,
  __toro_string_concat,
  copyUnits,
  failInvalidLength,
  failRange,
  isAbsent,
  unitAt,
  unitRange,
  unitsMatch,
  setUnitAt,
} from "./string";
import { __toro_i64_toString } from "./number_to_string";

/** s.padStart(targetLength, padString = " "): fills on the left with repetitions of padString. */
export function __toro_string_padStart(s: string, targetLength: i32, padString: string): string {
  return pad(s, targetLength, padString, true);
}

/** s.padEnd(targetLength, padString = " "): fills on the right with repetitions of padString. */
export function __toro_string_padEnd(s: string, targetLength: i32, padString: string): string {
  return pad(s, targetLength, padString, false);
}

function pad(s: string, targetLength: i32, padString: string, atStart: boolean): string {
  let filler: string = padString;
  if (isAbsent(filler)) {
    filler = " ";
  }
  const length: i32 = s.length;
  // A left-out targetLength (ABSENT_I32) is JavaScript's 0, which also returns s.
  if (targetLength <= length || filler.length == 0) {
    return s;
  }
  const result: string = __toro_string_alloc(targetLength);
  const fillLength: i32 = targetLength - length;
  let fillStart: i32 = length;
  if (atStart) {
    copyUnits(result, fillLength, s, 0, length);
    fillStart = 0;
  } else {
    copyUnits(result, 0, s, 0, length);
  }
  const fillerLength: i32 = filler.length;
  for (let offset: i32 = 0; offset < fillLength; offset++) {
    setUnitAt(result, fillStart + offset, unitAt(filler, offset % fillerLength));
  }
  return result;
}

/** s.substring(start, end = length): both clamped to 0..length, then swapped if reversed. */
export function __toro_string_substring(s: string, start: i32, end: i32): string {
  const length: i32 = s.length;
  const from: i32 = clamp(start, 0, length);
  let to: i32 = length;
  if (end != ABSENT_I32) {
    to = clamp(end, 0, length);
  }
  if (from <= to) {
    return unitRange(s, from, to);
  }
  return unitRange(s, to, from);
}

/** s.slice(start, end = length): negative positions count from the end; empty when reversed. */
export function __toro_string_slice(s: string, start: i32, end: i32): string {
  const length: i32 = s.length;
  const from: i32 = relativePosition(start, length);
  let to: i32 = length;
  if (end != ABSENT_I32) {
    to = relativePosition(end, length);
  }
  if (from >= to) {
    return "";
  }
  return unitRange(s, from, to);
}

/** s.indexOf(search, fromIndex = 0): the first match at or after the clamped position, or -1. */
export function __toro_string_indexOf(s: string, search: string, fromIndex: i32): i32 {
  const length: i32 = s.length;
  const searchLength: i32 = search.length;
  // ABSENT_I32 is negative, so it clamps to JavaScript's default of 0.
  const start: i32 = clamp(fromIndex, 0, length);
  for (let position: i32 = start; position <= length - searchLength; position++) {
    if (unitsMatch(s, position, search, 0, searchLength)) {
      return position;
    }
  }
  return -1;
}

export function __toro_string_startsWith(s: string, search: string): boolean {
  const searchLength: i32 = search.length;
  return searchLength <= s.length && unitsMatch(s, 0, search, 0, searchLength);
}

export function __toro_string_endsWith(s: string, search: string): boolean {
  const searchLength: i32 = search.length;
  const start: i32 = s.length - searchLength;
  return start >= 0 && unitsMatch(s, start, search, 0, searchLength);
}

/** s.repeat(count): count copies of s; a negative count is JavaScript's RangeError. */
export function __toro_string_repeat(s: string, count: i32): string {
  if (count < 0) {
    failRange(__toro_string_concat("Invalid count value: ", __toro_i64_toString(i64(count))));
  }
  const length: i32 = s.length;
  if (count == 0 || length == 0) {
    return "";
  }
  if (count == 1) {
    return s;
  }
  if (i64(length) * i64(count) > i64(MAXIMUM_STRING_LENGTH)) {
    failInvalidLength();
  }
  const result: string = __toro_string_alloc(length * count);
  for (let copyIndex: i32 = 0; copyIndex < count; copyIndex++) {
    copyUnits(result, copyIndex * length, s, 0, length);
  }
  return result;
}

function clamp(value: i32, low: i32, high: i32): i32 {
  if (value < low) {
    return low;
  }
  if (value > high) {
    return high;
  }
  return value;
}

/** A slice position: negative counts back from the end; the result is within 0..length. */
function relativePosition(position: i32, length: i32): i32 {
  if (position < 0) {
    // length + position cannot overflow: length >= 0 and position < 0.
    return clamp(length + position, 0, length);
  }
  return clamp(position, 0, length);
}

// String objects: allocation, and the operators the compiler lowers to calls (glue).
//
// A string is an immutable object [i32 length][i32 reserved][u16 × length] of
// UTF-16 code units (docs/runtime-abi.md); literals are constant objects of the
// same layout. This file creates them (__toro_string_alloc) and implements the
// operators: + (concat), ===/!== (equals), < <= > >= (compare), s[i] (at), plus
// String.fromCharCode and charCodeAt. Helpers for the other glue files of this
// folder are exported too.
//
// These functions must not use the string operators they implement (+, ===, <,
// s[i], String(x)), which compile into calls of this very file. They use only
// .length (an inline load), literals, and toro/unsafe.

import { addressOf, compilerFence, load16, store16, store32 } from "toro/unsafe";
import { stringAt } from "toro/unsafe-string";

/** Zeroed memory for an object that holds no references, so the collector never scans it. */
declare function __toro_alloc_leaf(size: usize): usize;
declare function __toro_panic(message: string, file: string, line: i32): void;
declare function __toro_panic_bounds(index: i64, length: i32, file: string, line: i32): void;

/** What the compiler passes for a left-out optional i32 argument (docs/runtime-abi.md). */
export const ABSENT_I32: i32 = -2147483648;
/**
 * The longest string: 2^30 - 1 code units. Two lengths then add without i32
 * overflow, and an object (8 + 2 × length bytes) stays below 2^31 bytes.
 */
export const MAXIMUM_STRING_LENGTH: i32 = 1073741823;
/** Reported as the location of errors detected here, where the caller's line is unknown. */
export const RUNTIME_LANG_FILE: string = "runtime/lang";

const HEADER_BYTES: usize = 8;
const UNIT_BYTES: usize = 2;
/** One-unit strings for codes below this are preallocated (see singleUnitString). */
const CACHED_UNIT_LIMIT: u16 = 256;
/** Bytes per preallocated one-unit string: the 10-byte object rounded up to 16. */
const CACHED_STRING_STRIDE: usize = 16;

/**
 * Address of CACHED_UNIT_LIMIT one-unit strings, CACHED_STRING_STRIDE bytes
 * apart, or 0 before the first use. Two cores may both build a block on first
 * use; either block is complete before it is published, so both are valid and
 * one is merely wasted.
 */
let singleUnitBlock: usize = 0;

/** A new string of `length` code units, all zero until written. Panics past the maximum length. */
export function __toro_string_alloc(length: i32): string {
  if (length < 0 || length > MAXIMUM_STRING_LENGTH) {
    failInvalidLength();
  }
  const address: usize = __toro_alloc_leaf(HEADER_BYTES + usize(length) * UNIT_BYTES);
  store32(address, u32(length));
  return stringAt(address);
}

export function __toro_string_concat(left: string, right: string): string {
  const leftLength: i32 = left.length;
  if (leftLength == 0) {
    return right;
  }
  const rightLength: i32 = right.length;
  if (rightLength == 0) {
    return left;
  }
  const result: string = __toro_string_alloc(leftLength + rightLength);
  copyUnits(result, 0, left, 0, leftLength);
  copyUnits(result, leftLength, right, 0, rightLength);
  return result;
}

/** Orders by UTF-16 code units, as JavaScript's < does: negative, zero or positive. */
export function __toro_string_compare(left: string, right: string): i32 {
  const leftLength: i32 = left.length;
  const rightLength: i32 = right.length;
  let shorter: i32 = leftLength;
  if (rightLength < shorter) {
    shorter = rightLength;
  }
  for (let index: i32 = 0; index < shorter; index++) {
    const leftUnit: u16 = unitAt(left, index);
    const rightUnit: u16 = unitAt(right, index);
    if (leftUnit != rightUnit) {
      return i32(leftUnit) - i32(rightUnit);
    }
  }
  return leftLength - rightLength;
}

export function __toro_string_equals(left: string, right: string): boolean {
  if (addressOf(left) == addressOf(right)) {
    return true;
  }
  const length: i32 = left.length;
  if (right.length != length) {
    return false;
  }
  return unitsMatch(left, 0, right, 0, length);
}

/** s[index] as a one-unit string; an index outside the string is a panic at the caller's line. */
export function __toro_string_at(s: string, index: i32, file: string, line: i32): string {
  const length: i32 = s.length;
  if (index < 0 || index >= length) {
    __toro_panic_bounds(i64(index), length, file, line);
  }
  return singleUnitString(unitAt(s, index));
}

/**
 * s.charCodeAt(index); a left-out index means 0, as in JavaScript. JavaScript
 * answers NaN outside the string, which a u16 cannot hold, so that is a panic.
 */
export function __toro_string_charCodeAt(s: string, index: i32): u16 {
  let position: i32 = index;
  if (position == ABSENT_I32) {
    position = 0;
  }
  const length: i32 = s.length;
  if (position < 0 || position >= length) {
    __toro_panic_bounds(i64(position), length, RUNTIME_LANG_FILE, 0);
  }
  return unitAt(s, position);
}

export function __toro_string_fromCharCode(code: u16): string {
  return singleUnitString(code);
}

/** The one-unit string holding `unit`; shared objects for units below CACHED_UNIT_LIMIT. */
export function singleUnitString(unit: u16): string {
  if (unit >= CACHED_UNIT_LIMIT) {
    const result: string = __toro_string_alloc(1);
    setUnitAt(result, 0, unit);
    return result;
  }
  let block: usize = singleUnitBlock;
  if (block == 0) {
    block = buildSingleUnitBlock();
    singleUnitBlock = block;
  }
  return stringAt(block + usize(unit) * CACHED_STRING_STRIDE);
}

function buildSingleUnitBlock(): usize {
  const block: usize = __toro_alloc_leaf(usize(CACHED_UNIT_LIMIT) * CACHED_STRING_STRIDE);
  for (let code: u16 = 0; code < CACHED_UNIT_LIMIT; code++) {
    const object: usize = block + usize(code) * CACHED_STRING_STRIDE;
    store32(object, 1);
    store16(object + HEADER_BYTES, code);
  }
  // The strings must be written before the caller publishes the block.
  compilerFence();
  return block;
}

/** Code unit `index` of `s`; the caller has checked 0 <= index < s.length. */
export function unitAt(s: string, index: i32): u16 {
  return load16(unitAddress(s, index));
}

/** Writes code unit `index` of a string still being built by this runtime. */
export function setUnitAt(s: string, index: i32, unit: u16): void {
  store16(unitAddress(s, index), unit);
}

function unitAddress(s: string, index: i32): usize {
  return addressOf(s) + HEADER_BYTES + usize(index) * UNIT_BYTES;
}

/** Copies `count` units of `source` from `sourceIndex` into a string being built, at `targetIndex`. */
export function copyUnits(target: string, targetIndex: i32, source: string, sourceIndex: i32, count: i32): void {
  for (let offset: i32 = 0; offset < count; offset++) {
    setUnitAt(target, targetIndex + offset, unitAt(source, sourceIndex + offset));
  }
}

/** Whether `count` units of `left` from `leftIndex` equal those of `right` from `rightIndex`. */
export function unitsMatch(left: string, leftIndex: i32, right: string, rightIndex: i32, count: i32): boolean {
  for (let offset: i32 = 0; offset < count; offset++) {
    if (unitAt(left, leftIndex + offset) != unitAt(right, rightIndex + offset)) {
      return false;
    }
  }
  return true;
}

/** Units [from, to) of `s` as a string, for 0 <= from <= to <= s.length; shares `s` when whole. */
export function unitRange(s: string, from: i32, to: i32): string {
  if (from == 0 && to == s.length) {
    return s;
  }
  if (to - from == 1) {
    return singleUnitString(unitAt(s, from));
  }
  const result: string = __toro_string_alloc(to - from);
  copyUnits(result, 0, s, from, to - from);
  return result;
}

/** Whether a string parameter was left out by the caller (passed as address 0). */
export function isAbsent(s: string): boolean {
  return addressOf(s) == 0;
}

/** JavaScript's RangeError for a string longer than the runtime allows. */
export function failInvalidLength(): void {
  __toro_panic("Invalid string length", RUNTIME_LANG_FILE, 0);
}

/** A RangeError-like failure with `message`, reported by the runtime. */
export function failRange(message: string): void {
  __toro_panic(message, RUNTIME_LANG_FILE, 0);
}

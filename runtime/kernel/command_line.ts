// Program arguments and kernel options, read from the PVH command line.
//
// Format, written by compiler/run/program_arguments.ts (keep both in step):
// tokens separated by spaces (runs of spaces count as one); inside a token,
// "%" followed by four hexadecimal digits is one UTF-16 code unit and every
// other byte stands for itself (the runner only sends printable ASCII); the
// token "%" alone is the empty argument; a "%" not followed by four hex
// digits is kept as written. Argument 0 is the program's first argument (no
// program name).
//
// Kernel options: a token that starts with "%-" is an option for the
// kernel, named by the rest of the token ("%-tag-output"), and not an
// argument. An encoded argument never starts so: the runner writes every
// "%" of an argument as "%0025" and the empty argument as "%" alone. The
// runner puts options before the arguments; arguments are counted and
// indexed as if the options were not there.
//
// The command line stays where QEMU put it: commandLineInit only records
// where it is (no allocation, so it runs before the heap exists, and
// memory/heap.ts keeps its pool clear of it). Each arg(i) scans it again and builds a new
// string; programs read a few short arguments, so no table is kept.
import { addressOf, load16, load32, load8, store16 } from "toro/unsafe";
import { panicWithoutLocation } from "./panic";

declare function __toro_string_alloc(length: i32): string;

const SPACE: u8 = 0x20;
const PERCENT: u8 = 0x25;
const MINUS: u8 = 0x2d;
/** "%-" before an option's name. */
const OPTION_PREFIX_LENGTH: usize = 2;
const ESCAPE_LENGTH: usize = 5;
/** Where a string's length and code units are (runtime-abi.md). */
const STRING_LENGTH_OFFSET: usize = 0;
const STRING_UNITS_OFFSET: usize = 8;

/**
 * Address of the first byte, and of the terminating NUL (equal when empty).
 * Written once by the boot core before other cores start; every core reads
 * the same command line.
 * @shared
 */
let commandLineStart: usize = 0;
/** @shared */
let commandLineEnd: usize = 0;

/** Records the command line at `address` (0 when there is none). */
export function commandLineInit(address: usize): void {
  commandLineStart = address;
  commandLineEnd = address === 0 ? 0 : nulTerminatedEnd(address);
}

/** Where the command line's bytes begin (0 when there is none); the heap
 *  keeps clear of [commandLineExtentStart, commandLineExtentEnd). */
export function commandLineExtentStart(): usize {
  return commandLineStart;
}

/** Just past the command line's terminating NUL (0 when there is none). */
export function commandLineExtentEnd(): usize {
  return commandLineStart === 0 ? 0 : commandLineEnd + 1;
}

export function argumentCount(): i32 {
  let count: i32 = 0;
  let position: usize = skipSpaces(commandLineStart);
  while (position < commandLineEnd) {
    const tokenEnd: usize = skipToken(position);
    if (!isOption(position, tokenEnd)) {
      count++;
    }
    position = skipSpaces(tokenEnd);
  }
  return count;
}

/** Argument `index`; an index outside 0..argumentCount()-1 is a panic. */
export function argument(index: i32): string {
  let current: i32 = 0;
  let position: usize = skipSpaces(commandLineStart);
  while (position < commandLineEnd) {
    const tokenEnd: usize = skipToken(position);
    if (!isOption(position, tokenEnd)) {
      if (current === index) {
        return decodeToken(position, tokenEnd);
      }
      current++;
    }
    position = skipSpaces(tokenEnd);
  }
  panicWithoutLocation(`argument index ${index} out of range: the program has ${current} arguments`);
  return "";
}

/** The command line carries kernel option `name` (ASCII, without the "%-"). No allocation. */
export function kernelOptionPresent(name: string): boolean {
  let position: usize = skipSpaces(commandLineStart);
  while (position < commandLineEnd) {
    const tokenEnd: usize = skipToken(position);
    if (isOption(position, tokenEnd) && optionNameIs(position + OPTION_PREFIX_LENGTH, tokenEnd, name)) {
      return true;
    }
    position = skipSpaces(tokenEnd);
  }
  return false;
}

function isOption(start: usize, end: usize): boolean {
  return end - start >= OPTION_PREFIX_LENGTH && load8(start) === PERCENT && load8(start + 1) === MINUS;
}

/** The bytes [start, end) are the code units of `name` (read raw: this runs before the heap exists). */
function optionNameIs(start: usize, end: usize, name: string): boolean {
  const length: usize = usize(load32(addressOf(name) + STRING_LENGTH_OFFSET));
  if (end - start !== length) {
    return false;
  }
  for (let index: usize = 0; index < length; index++) {
    if (u16(load8(start + index)) !== load16(addressOf(name) + STRING_UNITS_OFFSET + index * 2)) {
      return false;
    }
  }
  return true;
}

function decodeToken(start: usize, end: usize): string {
  if (end - start === 1 && load8(start) === PERCENT) {
    return "";
  }
  const text: string = __toro_string_alloc(decodedLength(start, end));
  let unitAddress: usize = addressOf(text) + STRING_UNITS_OFFSET;
  let position: usize = start;
  while (position < end) {
    if (escapeAt(position, end)) {
      store16(unitAddress, escapedUnit(position));
      position += ESCAPE_LENGTH;
    } else {
      store16(unitAddress, u16(load8(position)));
      position++;
    }
    unitAddress += 2;
  }
  return text;
}

function decodedLength(start: usize, end: usize): i32 {
  let length: i32 = 0;
  let position: usize = start;
  while (position < end) {
    if (escapeAt(position, end)) {
      position += ESCAPE_LENGTH;
    } else {
      position++;
    }
    length++;
  }
  return length;
}

/** A "%" with four hexadecimal digits before `end` starts at `position`. */
function escapeAt(position: usize, end: usize): boolean {
  if (load8(position) !== PERCENT || end - position < ESCAPE_LENGTH) {
    return false;
  }
  for (let offset: usize = 1; offset < ESCAPE_LENGTH; offset++) {
    if (hexValue(load8(position + offset)) < 0) {
      return false;
    }
  }
  return true;
}

function escapedUnit(position: usize): u16 {
  let unit: u16 = 0;
  for (let offset: usize = 1; offset < ESCAPE_LENGTH; offset++) {
    unit = (unit << 4) | u16(hexValue(load8(position + offset)));
  }
  return unit;
}

/** The value of a hexadecimal digit (either case), or -1. */
function hexValue(character: u8): i32 {
  if (character >= 0x30 && character <= 0x39) {
    return i32(character - 0x30);
  }
  if (character >= 0x41 && character <= 0x46) {
    return i32(character - 0x41) + 10;
  }
  if (character >= 0x61 && character <= 0x66) {
    return i32(character - 0x61) + 10;
  }
  return -1;
}

function skipSpaces(position: usize): usize {
  let current: usize = position;
  while (current < commandLineEnd && load8(current) === SPACE) {
    current++;
  }
  return current;
}

function skipToken(position: usize): usize {
  let current: usize = position;
  while (current < commandLineEnd && load8(current) !== SPACE) {
    current++;
  }
  return current;
}

function nulTerminatedEnd(address: usize): usize {
  let current: usize = address;
  while (load8(current) !== 0) {
    current++;
  }
  return current;
}

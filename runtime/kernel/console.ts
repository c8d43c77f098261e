// The console: text out on the machine's console device, as UTF-8.
//
// Strings are read with raw loads (runtime-abi.md: `[i32 length][i32
// reserved][u16 × length]`, code unit k at address + 8 + 2k) rather than with
// string methods, so this file works before and without runtime/lang and
// never allocates: panics and CPU exceptions report through it.
//
// Whole lines: every core writes through the same device, so a line is
// written entirely under the console lock (console_lock.ts):
// __toro_console_line takes it around its line, and a panic report holds it
// from beginPanic to the end of the run. consoleWrite and consoleWriteByte
// write pieces and must be called under the lock (or before other cores run).
//
// Tags (`torotsc run --tag-output`, the kernel option tag-output): every
// line starts with the writing instance's rank in brackets and a space,
// "[3] hello", as mpirun's --tag-output marks each line with its rank.
import { addressOf, load16, load32 } from "toro/unsafe";
import { consoleDeviceFlush, consoleDeviceInit, consoleDeviceWrite } from "./arch/platform";
import { acquireConsole, releaseConsole } from "./console_lock";
import { currentCore } from "./core_identity";

const STRING_LENGTH_OFFSET: usize = 0;
const STRING_UNITS_OFFSET: usize = 8;
const NEWLINE: u8 = 10;
const DIGIT_ZERO: u8 = 0x30;
const SPACE: u8 = 0x20;
const LEFT_BRACKET: u8 = 0x5b;
const RIGHT_BRACKET: u8 = 0x5d;
/** What a lone surrogate becomes, as in JavaScript's TextEncoder. */
const REPLACEMENT_CHARACTER: u32 = 0xfffd;

/**
 * Lines start with the rank when true. Written once by the boot core before
 * other cores start.
 * @shared
 */
let tagLines: boolean = false;

export function consoleInit(): void {
  consoleDeviceInit();
}

export function setLineTags(enabled: boolean): void {
  tagLines = enabled;
}

/** Writes `line` and a newline as one whole line (console.log's last step). */
export function __toro_console_line(line: string): void {
  acquireConsole();
  writeLineTag();
  consoleWrite(line);
  consoleWriteByte(NEWLINE);
  releaseConsole();
}

/** At the start of a line: "[rank] " when lines are tagged, nothing otherwise. */
export function writeLineTag(): void {
  if (!tagLines) {
    return;
  }
  consoleWriteByte(LEFT_BRACKET);
  writeNonNegativeDecimal(currentCore());
  consoleWriteByte(RIGHT_BRACKET);
  consoleWriteByte(SPACE);
}

export function consoleWrite(text: string): void {
  const base: usize = addressOf(text);
  const length: i32 = i32(load32(base + STRING_LENGTH_OFFSET));
  let index: i32 = 0;
  while (index < length) {
    const unit: u32 = u32(codeUnitAt(base, index));
    index++;
    if (isHighSurrogate(unit) && index < length) {
      const following: u32 = u32(codeUnitAt(base, index));
      if (isLowSurrogate(following)) {
        index++;
        writeCodePoint(0x10000 + ((unit - 0xd800) << 10) + (following - 0xdc00));
        continue;
      }
    }
    writeCodePoint(isHighSurrogate(unit) || isLowSurrogate(unit) ? REPLACEMENT_CHARACTER : unit);
  }
}

export function consoleWriteByte(value: u8): void {
  consoleDeviceWrite(value);
}

/** Waits until everything written has left the device. */
export function consoleFlush(): void {
  consoleDeviceFlush();
}

/** A rank in decimal (number_text.ts writes through this file, so it cannot be used here). */
function writeNonNegativeDecimal(value: i32): void {
  if (value >= 10) {
    writeNonNegativeDecimal(i32(value / 10));
  }
  consoleWriteByte(DIGIT_ZERO + u8(value % 10));
}

function codeUnitAt(base: usize, index: i32): u16 {
  return load16(base + STRING_UNITS_OFFSET + usize(index) * 2);
}

function isHighSurrogate(unit: u32): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: u32): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** UTF-8 (RFC 3629): 1 to 4 bytes, continuation bytes carry 6 bits each. */
function writeCodePoint(codePoint: u32): void {
  if (codePoint < 0x80) {
    consoleWriteByte(u8(codePoint));
  } else if (codePoint < 0x800) {
    consoleWriteByte(u8(0xc0 | (codePoint >>> 6)));
    consoleWriteByte(continuationByte(codePoint, 0));
  } else if (codePoint < 0x10000) {
    consoleWriteByte(u8(0xe0 | (codePoint >>> 12)));
    consoleWriteByte(continuationByte(codePoint, 6));
    consoleWriteByte(continuationByte(codePoint, 0));
  } else {
    consoleWriteByte(u8(0xf0 | (codePoint >>> 18)));
    consoleWriteByte(continuationByte(codePoint, 12));
    consoleWriteByte(continuationByte(codePoint, 6));
    consoleWriteByte(continuationByte(codePoint, 0));
  }
}

function continuationByte(codePoint: u32, shift: u32): u8 {
  return u8(0x80 | ((codePoint >>> shift) & 0x3f));
}

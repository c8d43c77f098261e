// The console: text out on the machine's console device, as UTF-8.
//
// Strings are read with raw loads (runtime-abi.md: `[i32 length][i32
// reserved][u16 × length]`, code unit k at address + 8 + 2k) rather than with
// string methods, so this file works before and without runtime/lang and
// never allocates: panics and CPU exceptions report through it.
//
// Invariant: one writer at a time. There is one CPU today; when more run,
// __toro_console_line's promise of whole lines needs a lock around it.
import { addressOf, load16, load32 } from "toro/unsafe";
import { consoleDeviceFlush, consoleDeviceInit, consoleDeviceWrite } from "./arch/platform";

const STRING_LENGTH_OFFSET: usize = 0;
const STRING_UNITS_OFFSET: usize = 8;
const NEWLINE: u8 = 10;
/** What a lone surrogate becomes, as in JavaScript's TextEncoder. */
const REPLACEMENT_CHARACTER: u32 = 0xfffd;

export function consoleInit(): void {
  consoleDeviceInit();
}

/** Writes `line` and a newline (console.log's last step). */
export function __toro_console_line(line: string): void {
  consoleWrite(line);
  consoleWriteByte(NEWLINE);
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

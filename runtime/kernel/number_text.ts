// Numbers written straight to the console, for panic and exception reports.
//
// These write digits one by one instead of building strings, so they work
// with the heap exhausted or not yet set up. (Programs format numbers with
// String(x) and templates, which runtime/lang implements.)
import { consoleWriteByte } from "./console";

const DIGIT_ZERO: u8 = 0x30;
/** "a" minus 10: hexadecimal digits above 9 are lower-case letters. */
const LETTER_BASE: u8 = 0x57;
const MINUS_SIGN: u8 = 0x2d;
const LETTER_X: u8 = 0x78;

/** "0x" and the hexadecimal digits of `value`, without leading zeros ("0x0" for 0). */
export function consoleWriteHex(value: u64): void {
  consoleWriteByte(DIGIT_ZERO);
  consoleWriteByte(LETTER_X);
  let shift: i32 = 60;
  while (shift > 0 && nibble(value, shift) === 0) {
    shift -= 4;
  }
  while (shift >= 0) {
    consoleWriteByte(hexDigit(nibble(value, shift)));
    shift -= 4;
  }
}

/** Decimal, with "-" for negative values (i64's minimum included). */
export function consoleWriteDecimal(value: i64): void {
  if (value < 0) {
    consoleWriteByte(MINUS_SIGN);
    // Two's complement: 0 - u64(value) is the magnitude, even for -2^63.
    writeUnsignedDecimal(0 - u64(value));
  } else {
    writeUnsignedDecimal(u64(value));
  }
}

function writeUnsignedDecimal(value: u64): void {
  // The largest power of ten not above value (1 for 0); at most 10^19,
  // which fits a u64, because value / divisor < 10 stops the loop first.
  let divisor: u64 = 1;
  while (value / divisor >= 10) {
    divisor *= 10;
  }
  while (divisor > 0) {
    consoleWriteByte(DIGIT_ZERO + u8((value / divisor) % 10));
    divisor /= 10;
  }
}

function nibble(value: u64, shift: i32): u8 {
  return u8((value >>> u64(shift)) & 0xf);
}

function hexDigit(digit: u8): u8 {
  return digit < 10 ? DIGIT_ZERO + digit : LETTER_BASE + digit;
}

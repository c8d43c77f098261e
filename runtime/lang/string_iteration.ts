// for...of over a string visits code points, as JavaScript does: a surrogate
// pair is one step of two code units. The compiler calls this for each step.
import { addressOf, load16 } from "toro/unsafe";

/** 2 when a high surrogate at `index` is followed by a low surrogate, otherwise 1. */
export function __toro_string_codePointWidth(s: string, index: i32): i32 {
  if (index + 1 >= s.length) return 1;
  const first: u16 = codeUnit(s, index);
  const second: u16 = codeUnit(s, index + 1);
  const isPair = first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff;
  return isPair ? 2 : 1;
}

function codeUnit(s: string, index: i32): u16 {
  return load16(addressOf(s) + 8 + 2 * usize(index));
}

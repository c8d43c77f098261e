// A decimal digit string with the position of its decimal point (pure).
//
// The digit generators (shortest_digits.ts, fixed_digits.ts) fill one of these
// and the layout code in number_format.ts turns it into text. The value
// represented is 0.d1 d2 ... d(count) × 10^pointPosition, which is the
// convention of ECMA-262's Number::toString, where pointPosition is called n.

export class DecimalDigits {
  /** Digit values 0..9, most significant first. */
  digits: Uint8Array;
  /** Digits in use. */
  count: i32;
  /** Where the decimal point goes, counted in digits from the left of d1. */
  pointPosition: i32;

  constructor(capacity: i32) {
    this.digits = new Uint8Array(capacity);
    this.count = 0;
    this.pointPosition = 0;
  }
}

export function appendDigit(target: DecimalDigits, digit: i32): void {
  target.digits[target.count] = u8(digit);
  target.count++;
}

// Exact arithmetic on large natural numbers, for decimal conversion (pure).
//
// Converting a double to decimal exactly means computing with values such as
// 2^1076 or 10^340. A BigNatural holds a non-negative integer as little-endian
// limbs of 24 bits in a Uint32Array. Limb arithmetic is done in u64 on values
// below 2^53: the largest intermediate is a limb times a factor of at most 2^24
// plus a carry below 2^24, which is below 2^48 + 2^24. Divisions are exact (the
// remainder is subtracted first). So this file computes the same results when
// compiled by torotsc (64-bit integers) and under Node (doubles, exact below
// 2^53), where the tests run it.
//
// Capacity is fixed when a number is created; callers size it from the binary
// exponent of the value they convert. Exceeding it is a bounds-check panic.

/** Bits per limb. */
export const LIMB_BITS: i32 = 24;
const LIMB_BASE: u64 = 16777216;
/** The largest power of ten below LIMB_BASE, used to multiply and divide by 10^7 at once. */
const TEN_TO_THE_SEVEN: u64 = 10000000;

export class BigNatural {
  /** Little-endian limbs, each below 2^24. Limbs at index `length` and above are zero. */
  limbs: Uint32Array;
  /** Limbs in use: 0 for the number zero, otherwise limbs[length - 1] is not zero. */
  length: i32;

  constructor(capacity: i32) {
    this.limbs = new Uint32Array(capacity);
    this.length = 0;
  }
}

/** Limbs needed for a number below 2^bits. */
export function limbsForBits(bits: i32): i32 {
  return i32((bits + LIMB_BITS - 1) / LIMB_BITS);
}

export function isZero(value: BigNatural): boolean {
  return value.length == 0;
}

/** Sets `target` to `value`, an integer in 0..2^53. */
export function setSmall(target: BigNatural, value: u64): void {
  clear(target);
  let rest: u64 = value;
  let index: i32 = 0;
  while (rest != 0) {
    const limb: u64 = rest % LIMB_BASE;
    target.limbs[index] = u32(limb);
    rest = u64((rest - limb) / LIMB_BASE);
    index++;
  }
  target.length = index;
}

/** Sets `target` to 2^exponent. */
export function setPowerOfTwo(target: BigNatural, exponent: i32): void {
  setSmall(target, 1);
  shiftLeft(target, exponent);
}

/** Copies `source` into `target` (distinct numbers). */
export function copy(target: BigNatural, source: BigNatural): void {
  clear(target);
  for (let index: i32 = 0; index < source.length; index++) {
    target.limbs[index] = source.limbs[index];
  }
  target.length = source.length;
}

function clear(target: BigNatural): void {
  for (let index: i32 = 0; index < target.length; index++) {
    target.limbs[index] = 0;
  }
  target.length = 0;
}

/** Drops leading zero limbs so that `length` satisfies its invariant. */
function normalise(target: BigNatural): void {
  while (target.length > 0 && target.limbs[target.length - 1] == 0) {
    target.length--;
  }
}

/** Multiplies `target` in place by `factor`, which must be at most 2^24. */
export function multiplySmall(target: BigNatural, factor: u64): void {
  // Each product is below 2^24 * 2^24 + 2^24, so every carry stays below 2^24.
  let carry: u64 = 0;
  for (let index: i32 = 0; index < target.length; index++) {
    const product: u64 = u64(target.limbs[index]) * factor + carry;
    const limb: u64 = product % LIMB_BASE;
    target.limbs[index] = u32(limb);
    carry = u64((product - limb) / LIMB_BASE);
  }
  if (carry != 0) {
    target.limbs[target.length] = u32(carry);
    target.length++;
  }
  normalise(target);
}

/** Multiplies `target` in place by 10^exponent (exponent >= 0). */
export function multiplyPowerOfTen(target: BigNatural, exponent: i32): void {
  let remaining: i32 = exponent;
  while (remaining >= 7) {
    multiplySmall(target, TEN_TO_THE_SEVEN);
    remaining -= 7;
  }
  let factor: u64 = 1;
  while (remaining > 0) {
    factor = factor * 10;
    remaining--;
  }
  multiplySmall(target, factor);
}

/** Multiplies `target` in place by 2^bits (bits >= 0). */
export function shiftLeft(target: BigNatural, bits: i32): void {
  if (target.length == 0) {
    return;
  }
  const limbShift: i32 = i32(bits / LIMB_BITS);
  let factor: u64 = 1;
  for (let bit: i32 = 0; bit < bits % LIMB_BITS; bit++) {
    factor = factor * 2;
  }
  multiplySmall(target, factor);
  if (limbShift == 0) {
    return;
  }
  for (let index: i32 = target.length - 1; index >= 0; index--) {
    target.limbs[index + limbShift] = target.limbs[index];
  }
  for (let index: i32 = 0; index < limbShift; index++) {
    target.limbs[index] = 0;
  }
  target.length += limbShift;
}

/** Divides `target` in place by 2^bits, discarding the remainder (bits >= 0). */
export function shiftRight(target: BigNatural, bits: i32): void {
  const limbShift: i32 = i32(bits / LIMB_BITS);
  if (limbShift >= target.length) {
    clear(target);
    return;
  }
  let divisor: u64 = 1;
  for (let bit: i32 = 0; bit < bits % LIMB_BITS; bit++) {
    divisor = divisor * 2;
  }
  const newLength: i32 = target.length - limbShift;
  for (let index: i32 = 0; index < newLength; index++) {
    const lower: u64 = u64(target.limbs[index + limbShift]);
    let upper: u64 = 0;
    if (index + limbShift + 1 < target.length) {
      upper = u64(target.limbs[index + limbShift + 1]);
    }
    // Two adjacent limbs form a value below 2^48; dividing it by 2^(bits mod 24)
    // and keeping the low 24 bits gives the shifted limb.
    const combined: u64 = upper * LIMB_BASE + lower;
    const shifted: u64 = u64((combined - combined % divisor) / divisor);
    target.limbs[index] = u32(shifted % LIMB_BASE);
  }
  for (let index: i32 = newLength; index < target.length; index++) {
    target.limbs[index] = 0;
  }
  target.length = newLength;
  normalise(target);
}

/** Whether bit `position` (0 = least significant) of `value` is set. */
export function bitAt(value: BigNatural, position: i32): boolean {
  const limbIndex: i32 = i32(position / LIMB_BITS);
  if (limbIndex >= value.length) {
    return false;
  }
  let limb: u32 = value.limbs[limbIndex];
  for (let bit: i32 = 0; bit < position % LIMB_BITS; bit++) {
    limb = u32(limb / 2);
  }
  return limb % 2 == 1;
}

/** Adds `addend` (below 2^24) to `target` in place. */
export function addSmall(target: BigNatural, addend: u64): void {
  let carry: u64 = addend;
  let index: i32 = 0;
  while (carry != 0) {
    const sum: u64 = u64(target.limbs[index]) + carry;
    const limb: u64 = sum % LIMB_BASE;
    target.limbs[index] = u32(limb);
    carry = u64((sum - limb) / LIMB_BASE);
    index++;
  }
  if (index > target.length) {
    target.length = index;
  }
}

/** Sets `target` to left + right; `target` must be distinct from both operands. */
export function add(target: BigNatural, left: BigNatural, right: BigNatural): void {
  clear(target);
  let longest: i32 = left.length;
  if (right.length > longest) {
    longest = right.length;
  }
  let carry: u64 = 0;
  for (let index: i32 = 0; index < longest; index++) {
    let sum: u64 = carry;
    if (index < left.length) {
      sum += u64(left.limbs[index]);
    }
    if (index < right.length) {
      sum += u64(right.limbs[index]);
    }
    const limb: u64 = sum % LIMB_BASE;
    target.limbs[index] = u32(limb);
    carry = u64((sum - limb) / LIMB_BASE);
  }
  target.length = longest;
  if (carry != 0) {
    target.limbs[longest] = u32(carry);
    target.length = longest + 1;
  }
}

/** Subtracts `subtrahend` from `target` in place; requires target >= subtrahend. */
export function subtract(target: BigNatural, subtrahend: BigNatural): void {
  let borrow: i64 = 0;
  for (let index: i32 = 0; index < target.length; index++) {
    let difference: i64 = i64(target.limbs[index]) - borrow;
    if (index < subtrahend.length) {
      difference -= i64(subtrahend.limbs[index]);
    }
    borrow = 0;
    if (difference < 0) {
      difference += i64(LIMB_BASE);
      borrow = 1;
    }
    target.limbs[index] = u32(difference);
  }
  normalise(target);
}

/** Returns a negative number, zero or a positive number as left <, = or > right. */
export function compare(left: BigNatural, right: BigNatural): i32 {
  if (left.length != right.length) {
    return left.length - right.length;
  }
  for (let index: i32 = left.length - 1; index >= 0; index--) {
    const leftLimb: u32 = left.limbs[index];
    const rightLimb: u32 = right.limbs[index];
    if (leftLimb != rightLimb) {
      return leftLimb < rightLimb ? -1 : 1;
    }
  }
  return 0;
}

/** Divides `target` in place by `divisor` (1..2^24) and returns the remainder. */
export function divideSmall(target: BigNatural, divisor: u64): u64 {
  // The running remainder is below the divisor, so each partial dividend is below 2^48.
  let remainder: u64 = 0;
  for (let index: i32 = target.length - 1; index >= 0; index--) {
    const dividend: u64 = remainder * LIMB_BASE + u64(target.limbs[index]);
    remainder = dividend % divisor;
    target.limbs[index] = u32(u64((dividend - remainder) / divisor));
  }
  normalise(target);
  return remainder;
}

/** Divides `target` in place by 10^7 and returns the remainder (seven decimal digits). */
export function divideByTenToTheSeven(target: BigNatural): u64 {
  return divideSmall(target, TEN_TO_THE_SEVEN);
}

// runtime/lang/number_format.ts loaded under Node, with helpers that return
// JavaScript strings. Every helper checks that the formatter stayed inside the
// capacity the module advertises (Node ignores typed-array writes past the end,
// so an overrun would otherwise only show as a wrong string).
import { float64BitsIntrinsics, pureLoader } from "./dialect_loader";

interface NumberFormatModule {
  F64_STRING_CAPACITY: number;
  F64_FIXED_STRING_CAPACITY: number;
  INTEGER_STRING_CAPACITY: number;
  formatF64(x: number, out: Uint16Array): number;
  formatF64Fixed(x: number, fractionDigits: number, out: Uint16Array): number;
  formatI64(x: number, out: Uint16Array): number;
  formatU64(x: number, out: Uint16Array): number;
}

export const numberFormat = pureLoader().load("runtime/lang/number_format.ts") as unknown as NumberFormatModule;

/**
 * The same module with bounds-checked typed arrays (slow): an internal buffer
 * sized too small throws instead of silently dropping digits.
 */
const boundsCheckedNumberFormat = pureLoader({ boundsChecked: true }).load(
  "runtime/lang/number_format.ts",
) as unknown as NumberFormatModule;

export function formatF64(x: number, format: NumberFormatModule = numberFormat): string {
  return run(format.F64_STRING_CAPACITY, (out) => format.formatF64(x, out));
}

export function formatF64Fixed(x: number, fractionDigits: number, format: NumberFormatModule = numberFormat): string {
  return run(format.F64_FIXED_STRING_CAPACITY, (out) => format.formatF64Fixed(x, fractionDigits, out));
}

export function formatF64BoundsChecked(x: number): string {
  return formatF64(x, boundsCheckedNumberFormat);
}

export function formatF64FixedBoundsChecked(x: number, fractionDigits: number): string {
  return formatF64Fixed(x, fractionDigits, boundsCheckedNumberFormat);
}

export function formatI64(x: number): string {
  return run(numberFormat.INTEGER_STRING_CAPACITY, (out) => numberFormat.formatI64(x, out));
}

export function formatU64(x: number): string {
  return run(numberFormat.INTEGER_STRING_CAPACITY, (out) => numberFormat.formatU64(x, out));
}

function run(capacity: number, format: (out: Uint16Array) => number): string {
  const out = new Uint16Array(capacity);
  const length = format(out);
  if (!Number.isInteger(length) || length < 1 || length > capacity) {
    throw new Error(`formatter returned length ${length}, outside 1..${capacity}`);
  }
  return String.fromCharCode(...out.subarray(0, length));
}

const bits = float64BitsIntrinsics();

/** The double with these IEEE-754 halves. */
export function doubleFromBits(high: number, low: number): number {
  return bits.f64FromBits(high >>> 0, low >>> 0);
}

/** The next double towards +Infinity (x finite, not -0 special-cased beyond IEEE order). */
export function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  const high = bits.f64High(x);
  const low = bits.f64Low(x);
  const step = x > 0 ? 1 : -1;
  const combined = BigInt(high) * 2n ** 32n + BigInt(low) + BigInt(step);
  return doubleFromBits(Number(combined >> 32n), Number(combined & 0xffffffffn));
}

export function nextDown(x: number): number {
  return -nextUp(-x);
}

/** Collects mismatches (at most `limit` of them are kept) so a failing run reports a handful. */
export class Mismatches {
  readonly examples: string[] = [];
  count = 0;
  checked = 0;

  constructor(private readonly limit = 10) {}

  check(description: string, actual: string, expected: string): void {
    this.checked++;
    if (actual === expected) return;
    this.count++;
    if (this.examples.length < this.limit) this.examples.push(`${description}: got "${actual}", expected "${expected}"`);
  }

  /** A report that is empty exactly when everything matched. */
  report(): string {
    return this.count === 0 ? "" : `${this.count} of ${this.checked} differ:\n${this.examples.join("\n")}`;
  }
}

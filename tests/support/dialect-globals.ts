// The dialect's global library (compiler/lib/dialect.d.ts) implemented in
// JavaScript, so that dialect programs can run under Node as an independent
// reference for the compiler.
//
// Node already provides most of dialect.d.ts with the same behaviour (String,
// Math, NaN, Infinity, isNaN, isFinite, the typed arrays, string methods,
// toFixed). This file installs only what Node lacks or does differently:
//   - the conversion functions i8 ... f64;
//   - BigInt64Array / BigUint64Array whose elements are numbers, not bigints;
//   - console.log without util.format's %-directives.
//
// Known limits of this reference implementation (golden programs stay inside them):
//   - i64, u64, isize and usize values are JavaScript numbers: exact only up to
//     2^53 in magnitude, and their conversions truncate but never wrap
//     (the dialect wraps modulo 2^64). Bitwise operators and shifts on them
//     work on 32 bits under Node.
//   - The 64-bit typed arrays hold doubles: no wrapping on store, exact up to 2^53.
//   - Bare integer arithmetic does not wrap and bare integer `/` does not
//     truncate under Node; the dialect's programs spell those as conversions
//     (`i32(a + b)`, `i32(a / b)`) when they must agree with Node.
import * as util from "util";
import * as vm from "vm";

/** Where console.log's lines go: one call per line, without the newline. */
export type LineSink = (line: string) => void;

/** The conversions, named as in dialect.d.ts. Booleans convert to 0 and 1. */
export const conversions = {
  i8: (value: number | boolean): number => (toInt32(value) << 24) >> 24,
  i16: (value: number | boolean): number => (toInt32(value) << 16) >> 16,
  i32: (value: number | boolean): number => toInt32(value),
  i64: (value: number | boolean): number => truncateToInteger(value),
  u8: (value: number | boolean): number => toInt32(value) & 0xff,
  u16: (value: number | boolean): number => toInt32(value) & 0xffff,
  u32: (value: number | boolean): number => toInt32(value) >>> 0,
  u64: (value: number | boolean): number => truncateToInteger(value),
  isize: (value: number | boolean): number => truncateToInteger(value),
  usize: (value: number | boolean): number => truncateToInteger(value),
  f32: (value: number | boolean): number => Math.fround(Number(value)),
  f64: (value: number | boolean): number => Number(value),
};

/** JavaScript's ToInt32: truncate toward zero, wrap modulo 2^32, NaN and infinities give 0. */
function toInt32(value: number | boolean): number {
  return Number(value) | 0;
}

/**
 * Truncation toward zero for the 64-bit types. NaN and infinities give 0, and
 * the result is never -0 (an integer has no negative zero). No wrapping: see
 * the limits above.
 */
function truncateToInteger(value: number | boolean): number {
  const number = Number(value);
  if (!Number.isFinite(number)) return 0;
  return Math.trunc(number) + 0;
}

/**
 * Formats console.log's arguments as Node does, joined by single spaces:
 * strings raw, numbers and booleans through util.inspect (so -0 prints "-0").
 */
export function formatLogLine(values: readonly unknown[]): string {
  return values.map(formatLogValue).join(" ");
}

function formatLogValue(value: unknown, position: number): string {
  if (typeof value === "string") {
    if (position === 0) rejectFormatDirectives(value);
    return value;
  }
  if (typeof value === "number" || typeof value === "boolean") return util.inspect(value);
  throw new Error(`console.log received a ${describe(value)}; the dialect prints only strings, numbers and booleans`);
}

/**
 * Node's console.log treats a first string argument as a util.format template
 * ("%%" prints "%", "%d" consumes an argument); the dialect prints it as is.
 * Such output would differ between the two, so it is refused here rather
 * than recorded in a golden file.
 */
function rejectFormatDirectives(text: string): void {
  const directive = /%[sdifjoOc%]/.exec(text);
  if (directive) {
    throw new Error(
      `console.log's first argument contains the format directive "${directive[0]}", ` +
        `which Node's console.log would interpret; the dialect prints it literally`,
    );
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined value";
  return `value of type ${typeof value}`;
}

/**
 * Installs the dialect's globals on `target`: either a plain object used as a
 * global, or a vm context (whose own Float64Array then backs the 64-bit arrays,
 * so that the arrays belong to the program's realm).
 */
export function installDialectGlobals(target: object, writeLine: LineSink): void {
  const globals = target as Record<string, unknown>;
  for (const [name, convert] of Object.entries(conversions)) globals[name] = convert;
  const float64Array = float64ArrayOf(target);
  globals.BigInt64Array = numberElementArrayClass(float64Array, "BigInt64Array");
  globals.BigUint64Array = numberElementArrayClass(float64Array, "BigUint64Array");
  globals.console = Object.freeze({
    log: (...values: unknown[]): void => writeLine(formatLogLine(values)),
  });
}

function float64ArrayOf(target: object): Float64ArrayConstructor {
  if (vm.isContext(target)) return vm.runInContext("Float64Array", target) as Float64ArrayConstructor;
  const own = (target as { Float64Array?: Float64ArrayConstructor }).Float64Array;
  return own ?? Float64Array;
}

/**
 * A typed array class whose elements are doubles, standing in for the
 * dialect's BigInt64Array/BigUint64Array (whose elements are i64/u64 numbers,
 * not bigints). Subclassing keeps length, indexing, fill, set, subarray
 * (which shares the elements and keeps the class) and iteration native.
 */
function numberElementArrayClass(base: Float64ArrayConstructor, name: string): Float64ArrayConstructor {
  const classes = {
    [name]: class extends base {},
  };
  return classes[name];
}

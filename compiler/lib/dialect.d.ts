// The global library of the torotsc dialect.
//
// This file replaces TypeScript's default library (the compiler runs with
// `noLib`), so the TypeScript checker, editors and torotsc all see the same
// world: only what is declared here exists. It is also the source of truth for
// the dialect's own types: `type i32 = number` is erased by TypeScript's
// checker, so torotsc reads the declared type *names* (i32, u8, ...) from the
// declarations below and types expressions itself.
//
// Under Node (tests/support/node-runtime) every declaration here has a small
// JavaScript implementation with the same observable behaviour.

/* eslint-disable @typescript-eslint/no-unused-vars */

// ---------------------------------------------------------------------------
// Number types. `number` is f64. Integers wrap at their width; conversions
// between number types are explicit, through the functions of the same name.
type f64 = number;
type f32 = number;
type i8 = number;
type i16 = number;
type i32 = number;
type i64 = number;
type u8 = number;
type u16 = number;
type u32 = number;
type u64 = number;
type isize = number;
type usize = number;

// Conversions. Float to integer truncates toward zero and wraps modulo 2^width
// (NaN and infinities give 0), as JavaScript's ToInt32/ToUint32 do; integer to
// integer wraps; anything to f32 rounds to nearest.
declare function i8(value: number | boolean): i8;
declare function i16(value: number | boolean): i16;
declare function i32(value: number | boolean): i32;
declare function i64(value: number | boolean): i64;
declare function u8(value: number | boolean): u8;
declare function u16(value: number | boolean): u16;
declare function u32(value: number | boolean): u32;
declare function u64(value: number | boolean): u64;
declare function isize(value: number | boolean): isize;
declare function usize(value: number | boolean): usize;
declare function f32(value: number | boolean): f32;
declare function f64(value: number | boolean): f64;

declare const NaN: f64;
declare const Infinity: f64;
declare function isNaN(value: f64): boolean;
declare function isFinite(value: f64): boolean;

// String(x): what a template literal `${x}` gives (so String(-0) is "0").
declare function String(value: string | number | boolean): string;
declare namespace String {
  function fromCharCode(code: u16): string;
}

declare namespace Math {
  const PI: f64;
  const E: f64;
  function sqrt(x: f64): f64;
  function abs(x: f64): f64;
  function floor(x: f64): f64;
  function ceil(x: f64): f64;
  function trunc(x: f64): f64;
  function round(x: f64): f64;
  function min(a: f64, b: f64): f64;
  function max(a: f64, b: f64): f64;
}

declare const console: {
  /** Prints its arguments separated by spaces, exactly as Node prints them. */
  log(...values: (string | number | boolean)[]): void;
};

// ---------------------------------------------------------------------------
// Interfaces TypeScript's checker requires of any library. Only the members
// declared here are part of the dialect.
interface Object {}
interface Function {}
interface CallableFunction {}
interface NewableFunction {}
interface IArguments {}
interface RegExp {}
interface Array<T> {
  readonly length: i32;
  [index: number]: T;
}
interface ReadonlyArray<T> {
  readonly length: i32;
  readonly [index: number]: T;
}
interface TemplateStringsArray extends ReadonlyArray<string> {}
interface Symbol {}
interface SymbolConstructor {
  readonly iterator: unique symbol;
}
declare var Symbol: SymbolConstructor;
interface IteratorResult<T> {
  done?: boolean;
  value: T;
}
interface Iterator<T> {
  next(): IteratorResult<T>;
}
interface Iterable<T> {
  [Symbol.iterator](): Iterator<T>;
}
interface IterableIterator<T> extends Iterator<T> {
  [Symbol.iterator](): IterableIterator<T>;
}
interface Boolean {
  toString(): string;
}
interface Number {
  /** Exactly JavaScript's Number.prototype.toFixed, for 0 to 100 digits. */
  toFixed(fractionDigits: i32): string;
  toString(): string;
}
interface String {
  /** UTF-16 code units, as in JavaScript. */
  readonly length: i32;
  readonly [index: number]: string;
  charCodeAt(index: i32): u16;
  padStart(targetLength: i32, padString?: string): string;
  padEnd(targetLength: i32, padString?: string): string;
  substring(start: i32, end?: i32): string;
  slice(start: i32, end?: i32): string;
  indexOf(search: string, fromIndex?: i32): i32;
  startsWith(search: string): boolean;
  endsWith(search: string): boolean;
  repeat(count: i32): string;
  toString(): string;
  [Symbol.iterator](): IterableIterator<string>;
}

// ---------------------------------------------------------------------------
// Typed arrays. Indexing is bounds-checked: an index outside 0..length-1 is a
// panic naming the file and line. `subarray` shares the elements.
declare class Int8Array {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: i8;
  fill(value: i8, start?: i32, end?: i32): Int8Array;
  set(source: Int8Array, offset?: i32): void;
  subarray(begin: i32, end?: i32): Int8Array;
  [Symbol.iterator](): IterableIterator<i8>;
}
declare class Uint8Array {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: u8;
  fill(value: u8, start?: i32, end?: i32): Uint8Array;
  set(source: Uint8Array, offset?: i32): void;
  subarray(begin: i32, end?: i32): Uint8Array;
  [Symbol.iterator](): IterableIterator<u8>;
}
declare class Int16Array {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: i16;
  fill(value: i16, start?: i32, end?: i32): Int16Array;
  set(source: Int16Array, offset?: i32): void;
  subarray(begin: i32, end?: i32): Int16Array;
  [Symbol.iterator](): IterableIterator<i16>;
}
declare class Uint16Array {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: u16;
  fill(value: u16, start?: i32, end?: i32): Uint16Array;
  set(source: Uint16Array, offset?: i32): void;
  subarray(begin: i32, end?: i32): Uint16Array;
  [Symbol.iterator](): IterableIterator<u16>;
}
declare class Int32Array {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: i32;
  fill(value: i32, start?: i32, end?: i32): Int32Array;
  set(source: Int32Array, offset?: i32): void;
  subarray(begin: i32, end?: i32): Int32Array;
  [Symbol.iterator](): IterableIterator<i32>;
}
declare class Uint32Array {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: u32;
  fill(value: u32, start?: i32, end?: i32): Uint32Array;
  set(source: Uint32Array, offset?: i32): void;
  subarray(begin: i32, end?: i32): Uint32Array;
  [Symbol.iterator](): IterableIterator<u32>;
}
declare class BigInt64Array {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: i64;
  fill(value: i64, start?: i32, end?: i32): BigInt64Array;
  set(source: BigInt64Array, offset?: i32): void;
  subarray(begin: i32, end?: i32): BigInt64Array;
  [Symbol.iterator](): IterableIterator<i64>;
}
declare class BigUint64Array {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: u64;
  fill(value: u64, start?: i32, end?: i32): BigUint64Array;
  set(source: BigUint64Array, offset?: i32): void;
  subarray(begin: i32, end?: i32): BigUint64Array;
  [Symbol.iterator](): IterableIterator<u64>;
}
declare class Float32Array {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: f32;
  fill(value: f32, start?: i32, end?: i32): Float32Array;
  set(source: Float32Array, offset?: i32): void;
  subarray(begin: i32, end?: i32): Float32Array;
  [Symbol.iterator](): IterableIterator<f32>;
}
declare class Float64Array {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: f64;
  fill(value: f64, start?: i32, end?: i32): Float64Array;
  set(source: Float64Array, offset?: i32): void;
  subarray(begin: i32, end?: i32): Float64Array;
  [Symbol.iterator](): IterableIterator<f64>;
}

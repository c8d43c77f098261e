// The kind a typed array's header records (docs/runtime-abi.md): the compiler
// writes these numbers (typedArrayKindCode in compiler/types/dialect-type.ts)
// and runtime code that accepts any typed array reads them back.
import { addressOf, load32 } from "toro/unsafe";

export const TYPED_ARRAY_KIND_INT8: i32 = 1;
export const TYPED_ARRAY_KIND_UINT8: i32 = 2;
export const TYPED_ARRAY_KIND_INT16: i32 = 3;
export const TYPED_ARRAY_KIND_UINT16: i32 = 4;
export const TYPED_ARRAY_KIND_INT32: i32 = 5;
export const TYPED_ARRAY_KIND_UINT32: i32 = 6;
export const TYPED_ARRAY_KIND_BIGINT64: i32 = 7;
export const TYPED_ARRAY_KIND_BIGUINT64: i32 = 8;
export const TYPED_ARRAY_KIND_FLOAT32: i32 = 9;
export const TYPED_ARRAY_KIND_FLOAT64: i32 = 10;

/** The kind of the typed array `array` (one of the constants above). */
export function typedArrayKind(array: object): i32 {
  return i32(load32(addressOf(array) + 12));
}

/** The number of elements of the typed array `array`. */
export function typedArrayLength(array: object): i32 {
  return i32(load32(addressOf(array) + 8));
}

/** The size in bytes of one element of a typed array of `kind`. */
export function typedArrayElementBytes(kind: i32): i32 {
  if (kind === TYPED_ARRAY_KIND_INT8 || kind === TYPED_ARRAY_KIND_UINT8) return 1;
  if (kind === TYPED_ARRAY_KIND_INT16 || kind === TYPED_ARRAY_KIND_UINT16) return 2;
  if (kind === TYPED_ARRAY_KIND_INT32 || kind === TYPED_ARRAY_KIND_UINT32 || kind === TYPED_ARRAY_KIND_FLOAT32) return 4;
  return 8;
}

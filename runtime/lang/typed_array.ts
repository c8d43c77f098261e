// Typed arrays: allocation and the fill/set/subarray methods, generic over the
// element size (1, 2, 4 or 8 bytes). The compiler calls these by their ABI
// names (docs/runtime-abi.md) and indexes elements inline.
//
// Header layout (16 bytes): [elements address: u64][length: i32][kind: i32].
// The kind (TYPED_ARRAY_KIND_* in element_kinds.ts) tells runtime code that
// takes any typed array (toro/mpi's buffers) which one it was given.
// `new` puts the elements right after the header, in the same block;
// `subarray` makes a new header pointing into the same elements.
import { load32, load64, store8, store16, store32, store64, load8, addressOf, objectAt } from "toro/unsafe";

declare function __toro_alloc(size: usize): usize;
/** Zeroed memory for an object that holds no references, so the collector never scans it. */
declare function __toro_alloc_leaf(size: usize): usize;
declare function __toro_panic(message: string, file: string, line: i32): void;

const HEADER_SIZE: usize = 16;
/** Left-out optional i32 arguments arrive as this value. */
const ABSENT: i32 = -2147483648;
/** Keeps length × element size far below what usize arithmetic could overflow. */
const MAXIMUM_LENGTH: i32 = 1073741824;

export function __toro_typedarray_new(length: i32, elementSize: i32, kind: i32, file: string, line: i32): object {
  if (length < 0 || length > MAXIMUM_LENGTH) __toro_panic(`invalid typed array length: ${length}`, file, line);
  // A leaf: the header's only pointer is to its own elements, and elements are numbers.
  // (Subarray headers point into another block and stay scanned.)
  const header: usize = __toro_alloc_leaf(HEADER_SIZE + usize(length) * usize(elementSize));
  writeHeader(header, header + HEADER_SIZE, length, kind);
  return objectAt(header);
}

export function __toro_typedarray_subarray(array: object, begin: i32, end: i32, elementSize: i32): object {
  const length: i32 = lengthOf(array);
  const first: i32 = relativeIndex(begin, length, 0);
  const last: i32 = relativeIndex(end, length, length);
  const count: i32 = last > first ? last - first : 0;
  const header: usize = __toro_alloc(HEADER_SIZE);
  writeHeader(header, elementsOf(array) + usize(first) * usize(elementSize), count, kindOf(array));
  return objectAt(header);
}

/** Stores the low `elementSize` bytes of `bits` in every element of [start, end). */
export function __toro_typedarray_fill(array: object, bits: u64, start: i32, end: i32, elementSize: i32): void {
  const length: i32 = lengthOf(array);
  const first: i32 = relativeIndex(start, length, 0);
  const last: i32 = relativeIndex(end, length, length);
  const elements: usize = elementsOf(array);
  for (let index: i32 = first; index < last; index++) {
    storeElement(elements + usize(index) * usize(elementSize), bits, elementSize);
  }
}

/**
 * Copies all of `source` into `target` from element `offset`. The regions may
 * overlap (subarrays of one array): copying backwards when the target starts
 * after the source keeps JavaScript's "as if copied first" result.
 */
export function __toro_typedarray_set(target: object, source: object, offset: i32, elementSize: i32, file: string, line: i32): void {
  const count: i32 = lengthOf(source);
  if (offset < 0 || offset > lengthOf(target) - count) {
    __toro_panic(`set: ${count} elements at offset ${offset} do not fit in length ${lengthOf(target)}`, file, line);
  }
  const bytes: usize = usize(count) * usize(elementSize);
  const from: usize = elementsOf(source);
  const to: usize = elementsOf(target) + usize(offset) * usize(elementSize);
  if (to > from) {
    for (let index: usize = bytes; index > 0; index--) store8(to + index - 1, load8(from + index - 1));
  } else {
    for (let index: usize = 0; index < bytes; index++) store8(to + index, load8(from + index));
  }
}

function writeHeader(header: usize, elements: usize, length: i32, kind: i32): void {
  store64(header, u64(elements));
  store32(header + 8, u32(length));
  store32(header + 12, u32(kind));
}

function kindOf(array: object): i32 {
  return i32(load32(addressOf(array) + 12));
}

function lengthOf(array: object): i32 {
  return i32(load64(addressOf(array) + 8) & 0xffffffff);
}

function elementsOf(array: object): usize {
  return usize(load64(addressOf(array)));
}

/** JavaScript's relative index: negative counts from the end, clamped to [0, length]. */
function relativeIndex(value: i32, length: i32, absentDefault: i32): i32 {
  if (value == ABSENT) return absentDefault;
  if (value < 0) return value + length < 0 ? 0 : value + length;
  return value > length ? length : value;
}

function storeElement(address: usize, bits: u64, elementSize: i32): void {
  if (elementSize == 1) store8(address, u8(bits));
  else if (elementSize == 2) store16(address, u16(bits));
  else if (elementSize == 4) store32(address, u32(bits));
  else store64(address, bits);
}

// MPI's predefined reduction operations: which datatypes each applies to, and
// the element-wise combination the reductions run on raw buffers.
//
// combine(op, datatype, inout, input, count) sets inout[i] = input[i] op
// inout[i] for every element. Integers wrap at the element's width (two's
// complement for the signed types, as C's unsigned arithmetic does); MIN and
// MAX compare by the type's signedness; the logical operations give 1 or 0.
// MPI_FLOAT is added and multiplied in single precision, MPI_DOUBLE in double.
//
// The operation and the element type are chosen once per call, so each loop
// below does one kind of element and one operation (or a loop-invariant
// choice between two, made branch-free): the reductions run on megabyte
// buffers. The bitwise operations do not care where elements begin, so one
// loop over the bytes serves every type, MPI_BYTE included.
//
// The explicit conversions around sums and products (`u32(a + b)`, `f32(a * b)`)
// change nothing in compiled code, where the arithmetic already has the
// element's type; they make the same file agree under Node, where the tests
// run it with numbers that are doubles (tests/runtime/mpi/operations.test.ts).
import { load16, load32, load64, load8, loadF32, loadF64, store16, store32, store64, store8, storeF32, storeF64 } from "toro/unsafe";
import { CATEGORY_BYTE, CATEGORY_FLOAT, CATEGORY_SIGNED, datatypeCategory, datatypeSize, isDatatype } from "./datatypes";

export const OPERATION_MAX: i32 = 1;
export const OPERATION_MIN: i32 = 2;
export const OPERATION_SUM: i32 = 3;
export const OPERATION_PROD: i32 = 4;
export const OPERATION_LAND: i32 = 5;
export const OPERATION_BAND: i32 = 6;
export const OPERATION_LOR: i32 = 7;
export const OPERATION_BOR: i32 = 8;
export const OPERATION_LXOR: i32 = 9;
export const OPERATION_BXOR: i32 = 10;
const LAST_OPERATION: i32 = 10;

export function isOperation(op: i32): boolean {
  return op >= 1 && op <= LAST_OPERATION;
}

/** The operation's standard name, for error messages. */
export function operationName(op: i32): string {
  switch (op) {
    case OPERATION_MAX: return "MPI_MAX";
    case OPERATION_MIN: return "MPI_MIN";
    case OPERATION_SUM: return "MPI_SUM";
    case OPERATION_PROD: return "MPI_PROD";
    case OPERATION_LAND: return "MPI_LAND";
    case OPERATION_BAND: return "MPI_BAND";
    case OPERATION_LOR: return "MPI_LOR";
    case OPERATION_BOR: return "MPI_BOR";
    case OPERATION_LXOR: return "MPI_LXOR";
    case OPERATION_BXOR: return "MPI_BXOR";
    default: return `operation ${op}`;
  }
}

/**
 * Whether `op` may reduce `datatype` (MPI 4.1 section 6.9.2, with MPICH's
 * leniency of counting the char types as integers): MAX, MIN, SUM and PROD on
 * integers and floating point; the logical operations on integers; the bitwise
 * ones on integers and MPI_BYTE.
 */
export function operationApplies(op: i32, datatype: i32): boolean {
  if (!isOperation(op) || !isDatatype(datatype)) return false;
  const category: i32 = datatypeCategory(datatype);
  if (isBitwise(op)) return category !== CATEGORY_FLOAT;
  if (isLogical(op)) return category !== CATEGORY_FLOAT && category !== CATEGORY_BYTE;
  return category !== CATEGORY_BYTE;
}

function isBitwise(op: i32): boolean {
  return op === OPERATION_BAND || op === OPERATION_BOR || op === OPERATION_BXOR;
}

function isLogical(op: i32): boolean {
  return op === OPERATION_LAND || op === OPERATION_LOR || op === OPERATION_LXOR;
}

/**
 * inout[i] = input[i] op inout[i] for `count` elements of `datatype` at the
 * two addresses (the ranges are either disjoint or the same). A pair that
 * operationApplies refuses, or a count of 0 or less, leaves inout unchanged:
 * the callers report MPI_ERR_OP and MPI_ERR_COUNT before reducing.
 */
export function combine(op: i32, datatype: i32, inout: usize, input: usize, count: i32): void {
  if (count <= 0 || !operationApplies(op, datatype)) return;
  const size: i32 = datatypeSize(datatype);
  const bytes: usize = usize(count) * usize(size);
  if (isBitwise(op)) {
    combineBits(op, inout, input, bytes);
  } else if (datatypeCategory(datatype) === CATEGORY_FLOAT) {
    if (size === 4) combineFloat32(op, inout, input, bytes);
    else combineFloat64(op, inout, input, bytes);
  } else {
    const signed: boolean = datatypeCategory(datatype) === CATEGORY_SIGNED;
    if (size === 1) combineInteger8(op, signed, inout, input, bytes);
    else if (size === 2) combineInteger16(op, signed, inout, input, bytes);
    else if (size === 4) combineInteger32(op, signed, inout, input, bytes);
    else combineInteger64(op, signed, inout, input, bytes);
  }
}

/**
 * BAND, BOR, BXOR: whatever the element type, 4 bytes at a time (u32 keeps
 * Node exact), then the last 0 to 3 bytes one by one.
 */
function combineBits(op: i32, inout: usize, input: usize, bytes: usize): void {
  const words: usize = bytes - bytes % 4;
  if (op === OPERATION_BAND) {
    for (let at: usize = 0; at < words; at += 4) store32(inout + at, u32(load32(input + at) & load32(inout + at)));
    for (let at: usize = words; at < bytes; at++) store8(inout + at, load8(input + at) & load8(inout + at));
  } else if (op === OPERATION_BOR) {
    for (let at: usize = 0; at < words; at += 4) store32(inout + at, u32(load32(input + at) | load32(inout + at)));
    for (let at: usize = words; at < bytes; at++) store8(inout + at, load8(input + at) | load8(inout + at));
  } else {
    for (let at: usize = 0; at < words; at += 4) store32(inout + at, u32(load32(input + at) ^ load32(inout + at)));
    for (let at: usize = words; at < bytes; at++) store8(inout + at, load8(input + at) ^ load8(inout + at));
  }
}

/**
 * The logical operation's truth table: bit (2 * a + b) is the result for the
 * truth values a (input) and b (inout). Indexing it keeps the logical loops
 * free of a branch per element.
 */
function truthTable(op: i32): u32 {
  if (op === OPERATION_LAND) return 0b1000;
  if (op === OPERATION_LOR) return 0b1110;
  return 0b0110; // LXOR
}

/** Whether MIN/MAX keeps the larger element. */
function keepsLarger(op: i32): boolean {
  return op === OPERATION_MAX;
}

// Each integer width below: SUM, PROD, MIN/MAX (the comparison picks the raw
// element, so signed and unsigned share the stores), then the logical ones.
// Signedness matters only to the comparison: sums and products wrap to the
// same bits either way.

function combineInteger8(op: i32, signed: boolean, inout: usize, input: usize, bytes: usize): void {
  if (op === OPERATION_SUM) {
    for (let at: usize = 0; at < bytes; at++) store8(inout + at, u8(load8(input + at) + load8(inout + at)));
  } else if (op === OPERATION_PROD) {
    for (let at: usize = 0; at < bytes; at++) store8(inout + at, u8(load8(input + at) * load8(inout + at)));
  } else if (op === OPERATION_MAX || op === OPERATION_MIN) {
    const larger: boolean = keepsLarger(op);
    for (let at: usize = 0; at < bytes; at++) {
      const a: u8 = load8(input + at);
      const b: u8 = load8(inout + at);
      const aGreater: boolean = signed ? i8(a) > i8(b) : a > b;
      store8(inout + at, aGreater === larger ? a : b);
    }
  } else {
    const table: u8 = u8(truthTable(op));
    for (let at: usize = 0; at < bytes; at++) {
      const row: u8 = (load8(input + at) === 0 ? 0 : 2) | (load8(inout + at) === 0 ? 0 : 1);
      store8(inout + at, (table >> row) & 1);
    }
  }
}

function combineInteger16(op: i32, signed: boolean, inout: usize, input: usize, bytes: usize): void {
  if (op === OPERATION_SUM) {
    for (let at: usize = 0; at < bytes; at += 2) store16(inout + at, u16(load16(input + at) + load16(inout + at)));
  } else if (op === OPERATION_PROD) {
    for (let at: usize = 0; at < bytes; at += 2) store16(inout + at, u16(load16(input + at) * load16(inout + at)));
  } else if (op === OPERATION_MAX || op === OPERATION_MIN) {
    const larger: boolean = keepsLarger(op);
    for (let at: usize = 0; at < bytes; at += 2) {
      const a: u16 = load16(input + at);
      const b: u16 = load16(inout + at);
      const aGreater: boolean = signed ? i16(a) > i16(b) : a > b;
      store16(inout + at, aGreater === larger ? a : b);
    }
  } else {
    const table: u16 = u16(truthTable(op));
    for (let at: usize = 0; at < bytes; at += 2) {
      const row: u16 = (load16(input + at) === 0 ? 0 : 2) | (load16(inout + at) === 0 ? 0 : 1);
      store16(inout + at, (table >> row) & 1);
    }
  }
}

function combineInteger32(op: i32, signed: boolean, inout: usize, input: usize, bytes: usize): void {
  if (op === OPERATION_SUM) {
    for (let at: usize = 0; at < bytes; at += 4) store32(inout + at, u32(load32(input + at) + load32(inout + at)));
  } else if (op === OPERATION_PROD) {
    for (let at: usize = 0; at < bytes; at += 4) store32(inout + at, u32(load32(input + at) * load32(inout + at)));
  } else if (op === OPERATION_MAX || op === OPERATION_MIN) {
    const larger: boolean = keepsLarger(op);
    for (let at: usize = 0; at < bytes; at += 4) {
      const a: u32 = load32(input + at);
      const b: u32 = load32(inout + at);
      const aGreater: boolean = signed ? i32(a) > i32(b) : a > b;
      store32(inout + at, aGreater === larger ? a : b);
    }
  } else {
    const table: u32 = truthTable(op);
    for (let at: usize = 0; at < bytes; at += 4) {
      const row: u32 = (load32(input + at) === 0 ? 0 : 2) | (load32(inout + at) === 0 ? 0 : 1);
      store32(inout + at, (table >> row) & 1);
    }
  }
}

/**
 * 64-bit integers. Under Node these values are doubles, so sums and products
 * are not wrapped here by a conversion (u64 of a result past 2^53 would be
 * inexact anyway): the tests keep 64-bit results within 2^53.
 */
function combineInteger64(op: i32, signed: boolean, inout: usize, input: usize, bytes: usize): void {
  if (op === OPERATION_SUM) {
    for (let at: usize = 0; at < bytes; at += 8) store64(inout + at, load64(input + at) + load64(inout + at));
  } else if (op === OPERATION_PROD) {
    for (let at: usize = 0; at < bytes; at += 8) store64(inout + at, load64(input + at) * load64(inout + at));
  } else if (op === OPERATION_MAX || op === OPERATION_MIN) {
    const larger: boolean = keepsLarger(op);
    for (let at: usize = 0; at < bytes; at += 8) {
      const a: u64 = load64(input + at);
      const b: u64 = load64(inout + at);
      const aGreater: boolean = signed ? i64(a) > i64(b) : a > b;
      store64(inout + at, aGreater === larger ? a : b);
    }
  } else {
    const table: u64 = u64(truthTable(op));
    for (let at: usize = 0; at < bytes; at += 8) {
      const row: u64 = (load64(input + at) === 0 ? 0 : 2) | (load64(inout + at) === 0 ? 0 : 1);
      store64(inout + at, (table >> row) & 1);
    }
  }
}

// Floating point: SUM, PROD, MIN/MAX. MIN/MAX keep inout unless input is
// strictly beyond it (MPICH's `a > b ? a : b`), so a NaN in input is ignored
// and one in inout kept.

function combineFloat32(op: i32, inout: usize, input: usize, bytes: usize): void {
  if (op === OPERATION_SUM) {
    for (let at: usize = 0; at < bytes; at += 4) storeF32(inout + at, f32(loadF32(input + at) + loadF32(inout + at)));
  } else if (op === OPERATION_PROD) {
    for (let at: usize = 0; at < bytes; at += 4) storeF32(inout + at, f32(loadF32(input + at) * loadF32(inout + at)));
  } else {
    const larger: boolean = keepsLarger(op);
    for (let at: usize = 0; at < bytes; at += 4) {
      const a: f32 = loadF32(input + at);
      const b: f32 = loadF32(inout + at);
      const beyond: boolean = larger ? a > b : a < b;
      storeF32(inout + at, beyond ? a : b);
    }
  }
}

function combineFloat64(op: i32, inout: usize, input: usize, bytes: usize): void {
  if (op === OPERATION_SUM) {
    for (let at: usize = 0; at < bytes; at += 8) storeF64(inout + at, loadF64(input + at) + loadF64(inout + at));
  } else if (op === OPERATION_PROD) {
    for (let at: usize = 0; at < bytes; at += 8) storeF64(inout + at, loadF64(input + at) * loadF64(inout + at));
  } else {
    const larger: boolean = keepsLarger(op);
    for (let at: usize = 0; at < bytes; at += 8) {
      const a: f64 = loadF64(input + at);
      const b: f64 = loadF64(inout + at);
      const beyond: boolean = larger ? a > b : a < b;
      storeF64(inout + at, beyond ? a : b);
    }
  }
}

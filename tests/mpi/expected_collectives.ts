// What each rank's result buffer of a matrix case must hold afterwards,
// computed on the host from the inputs (matrix_values.ts) by the MPI
// standard's definitions: reductions element by element with the
// datatype's own arithmetic (integers wrap at their width; MPI_CHAR is
// signed char even in a Uint8Array; logical operations give 1 or 0), data
// movement as byte copies between blocks. Bytes past the result keep the
// receive buffer's garbage. The buffers are those
// tests/fixtures/mpi/collectives.ts builds, described there.
import { ALLGATHER, ALLREDUCE, ALLTOALL, BCAST, BYTE, DOUBLE, FLOAT, GATHER, LAND, LOR, LXOR, MAX, MIN, MatrixCase, PROD, REDUCE, SCATTER, SUM, BAND, BOR, BXOR, datatypeBytes, isFloat } from "./matrix_cases";
import { STYLE_FULL, STYLE_LOGICAL, STYLE_ODD, STYLE_POWER, STYLE_SMALL, kindSize, preparedBytes } from "./matrix_values";

const SIGNED_DATATYPES = new Set([1, 2, 5, 7, 9, 11, 15, 17, 19, 21]);

/** The inputs' style for a case, as matrix_cases.ts's styleOf in the guest. */
export function styleOf(datatype: number, operation: number): number {
  if (isFloat(datatype)) {
    if (operation === PROD) return STYLE_POWER;
    if (operation === 0) return STYLE_FULL;
    return STYLE_SMALL;
  }
  if (operation === PROD) return STYLE_ODD;
  if (operation === LAND || operation === LOR || operation === LXOR) return STYLE_LOGICAL;
  return STYLE_FULL;
}

/** The shape of a case's buffers (collectives.ts's CaseShape). */
class Shape {
  readonly style: number;
  readonly elementSize: number;
  readonly blockBytes: number;
  readonly blockLength: number;
  readonly root: number;

  constructor(readonly matrixCase: MatrixCase, readonly size: number) {
    this.style = styleOf(matrixCase.datatype, matrixCase.operation);
    this.elementSize = kindSize(matrixCase.kind);
    this.blockBytes = matrixCase.count * datatypeBytes(matrixCase.datatype);
    this.blockLength = Math.ceil(this.blockBytes / this.elementSize);
    this.root = matrixCase.number % size;
  }

  exactLength(blocks: number): number {
    return Math.ceil((blocks * this.blockBytes) / this.elementSize);
  }

  tailedLength(blocks: number): number {
    return Math.floor((blocks * this.blockBytes) / this.elementSize) + 1;
  }

  buffer(rank: number, length: number, inputFrom: number, inputTo: number): Uint8Array {
    return preparedBytes(this.matrixCase.kind, length, rank, this.matrixCase.number, this.style, inputFrom, inputTo);
  }

  /** Rank `rank`'s input block as sent (its first blockBytes bytes). */
  block(rank: number): Uint8Array {
    return this.buffer(rank, this.blockLength, 0, this.blockLength).subarray(0, this.blockBytes);
  }

  ranks(): number[] {
    return Array.from({ length: this.size }, (_, rank) => rank);
  }
}

/** Each rank's expected result bytes, for the ranks that hold a result in the case. */
export function expectedResults(matrixCase: MatrixCase, size: number): Map<number, Uint8Array> {
  const shape = new Shape(matrixCase, size);
  switch (matrixCase.collective) {
    case REDUCE: return expectedReduce(shape, false);
    case ALLREDUCE: return expectedReduce(shape, true);
    case BCAST: return expectedBcast(shape);
    case GATHER: return expectedGather(shape, false);
    case ALLGATHER: return expectedGather(shape, true);
    case SCATTER: return expectedScatter(shape);
    case ALLTOALL: return expectedAlltoall(shape);
    default: throw new Error(`unknown collective ${matrixCase.collective}`);
  }
}

function expectedReduce(shape: Shape, everyRank: boolean): Map<number, Uint8Array> {
  const { count, datatype, operation, inPlace } = shape.matrixCase;
  const inputs = shape.ranks().map((rank) => shape.buffer(rank, count, 0, count));
  const reduced = reduceBytes(inputs, datatype, operation, count);
  const results = new Map<number, Uint8Array>();
  for (const rank of everyRank ? shape.ranks() : [shape.root]) {
    const buffer = shape.buffer(rank, count + 1, 0, inPlace ? count : 0);
    buffer.set(reduced, 0);
    results.set(rank, buffer);
  }
  return results;
}

function expectedBcast(shape: Shape): Map<number, Uint8Array> {
  const sent = shape.buffer(shape.root, shape.tailedLength(1), 0, shape.blockLength).subarray(0, shape.blockBytes);
  const results = new Map<number, Uint8Array>();
  for (const rank of shape.ranks()) {
    const buffer = shape.buffer(rank, shape.tailedLength(1), 0, rank === shape.root ? shape.blockLength : 0);
    buffer.set(sent, 0);
    results.set(rank, buffer);
  }
  return results;
}

/** Gather (at the root) or allgather (everywhere): block q of the result is rank q's block. */
function expectedGather(shape: Shape, everyRank: boolean): Map<number, Uint8Array> {
  const { count, inPlace } = shape.matrixCase;
  const blocks = shape.ranks().map((rank) => shape.block(rank));
  const results = new Map<number, Uint8Array>();
  for (const rank of everyRank ? shape.ranks() : [shape.root]) {
    const ownBlock = inPlace ? rank * count : 0;
    const buffer = shape.buffer(rank, shape.tailedLength(shape.size), ownBlock, inPlace ? ownBlock + count : 0);
    blocks.forEach((block, from) => buffer.set(block, from * shape.blockBytes));
    results.set(rank, buffer);
  }
  return results;
}

/** Rank q receives block q of the root's send buffer; with MPI_IN_PLACE the root's send buffer stays as it was. */
function expectedScatter(shape: Shape): Map<number, Uint8Array> {
  const sendLength = shape.exactLength(shape.size);
  const sent = shape.buffer(shape.root, sendLength, 0, sendLength);
  const results = new Map<number, Uint8Array>();
  for (const rank of shape.ranks()) {
    if (shape.matrixCase.inPlace && rank === shape.root) {
      results.set(rank, sent);
      continue;
    }
    const buffer = shape.buffer(rank, shape.tailedLength(1), 0, 0);
    buffer.set(sent.subarray(rank * shape.blockBytes, (rank + 1) * shape.blockBytes), 0);
    results.set(rank, buffer);
  }
  return results;
}

/** Block q of rank r's result is block r of rank q's send buffer. */
function expectedAlltoall(shape: Shape): Map<number, Uint8Array> {
  const { count, inPlace } = shape.matrixCase;
  const sendLength = shape.exactLength(shape.size);
  const sends = shape.ranks().map((rank) => shape.buffer(rank, sendLength, 0, sendLength));
  const results = new Map<number, Uint8Array>();
  for (const rank of shape.ranks()) {
    const buffer = shape.buffer(rank, shape.tailedLength(shape.size), 0, inPlace ? shape.size * count : 0);
    sends.forEach((send, from) => buffer.set(send.subarray(rank * shape.blockBytes, (rank + 1) * shape.blockBytes), from * shape.blockBytes));
    results.set(rank, buffer);
  }
  return results;
}

// ---- reductions --------------------------------------------------------------------

type Element = number | bigint;

/** The elementwise reduction of the ranks' inputs (count elements of the datatype each). */
export function reduceBytes(inputs: Uint8Array[], datatype: number, operation: number, count: number): Uint8Array {
  const size = datatypeBytes(datatype);
  const result = new Uint8Array(count * size);
  const out = new DataView(result.buffer);
  const views = inputs.map((input) => new DataView(input.buffer, input.byteOffset, input.byteLength));
  for (let index = 0; index < count; index++) {
    let accumulated = readElement(views[0], index, datatype);
    for (let rank = 1; rank < views.length; rank++) {
      accumulated = combine(operation, datatype, accumulated, readElement(views[rank], index, datatype));
    }
    writeElement(out, index, datatype, accumulated);
  }
  return result;
}

/** An element as the datatype reads it: signed or not, float, or a BigInt for 64-bit integers. */
function readElement(view: DataView, index: number, datatype: number): Element {
  const size = datatypeBytes(datatype);
  const offset = index * size;
  const signed = SIGNED_DATATYPES.has(datatype);
  if (datatype === FLOAT) return view.getFloat32(offset, true);
  if (datatype === DOUBLE) return view.getFloat64(offset, true);
  switch (size) {
    case 1: return signed ? view.getInt8(offset) : view.getUint8(offset);
    case 2: return signed ? view.getInt16(offset, true) : view.getUint16(offset, true);
    case 4: return signed ? view.getInt32(offset, true) : view.getUint32(offset, true);
    default: return signed ? view.getBigInt64(offset, true) : view.getBigUint64(offset, true);
  }
}

function writeElement(view: DataView, index: number, datatype: number, value: Element): void {
  const size = datatypeBytes(datatype);
  const offset = index * size;
  if (datatype === FLOAT) view.setFloat32(offset, value as number, true);
  else if (datatype === DOUBLE) view.setFloat64(offset, value as number, true);
  else if (size === 8) view.setBigUint64(offset, BigInt.asUintN(64, value as bigint), true);
  else if (size === 4) view.setUint32(offset, (value as number) >>> 0, true);
  else if (size === 2) view.setUint16(offset, (value as number) & 0xffff, true);
  else view.setUint8(offset, (value as number) & 0xff);
}

/** `a op b` in the datatype's arithmetic, wrapped back into its range. */
function combine(operation: number, datatype: number, a: Element, b: Element): Element {
  if (isFloat(datatype)) return combineFloat(operation, datatype === FLOAT, a as number, b as number);
  if (typeof a === "bigint") return combineBigInt(operation, SIGNED_DATATYPES.has(datatype), a, b as bigint);
  return combineNarrow(operation, datatype, a, b as number);
}

function combineFloat(operation: number, single: boolean, a: number, b: number): number {
  const round = single ? Math.fround : (value: number) => value;
  switch (operation) {
    case MAX: return Math.max(a, b);
    case MIN: return Math.min(a, b);
    case SUM: return round(a + b);
    case PROD: return round(a * b);
    default: throw new Error(`operation ${operation} on a float`);
  }
}

function combineBigInt(operation: number, signed: boolean, a: bigint, b: bigint): bigint {
  const wrap = (value: bigint): bigint => (signed ? BigInt.asIntN(64, value) : BigInt.asUintN(64, value));
  switch (operation) {
    case MAX: return a > b ? a : b;
    case MIN: return a < b ? a : b;
    case SUM: return wrap(a + b);
    case PROD: return wrap(a * b);
    case LAND: return a !== 0n && b !== 0n ? 1n : 0n;
    case LOR: return a !== 0n || b !== 0n ? 1n : 0n;
    case LXOR: return (a !== 0n) !== (b !== 0n) ? 1n : 0n;
    case BAND: return wrap(a & b);
    case BOR: return wrap(a | b);
    case BXOR: return wrap(a ^ b);
    default: throw new Error(`operation ${operation}`);
  }
}

/** 8, 16 and 32-bit integers as Numbers; products by Math.imul so no bit is lost. */
function combineNarrow(operation: number, datatype: number, a: number, b: number): number {
  const bits = datatype === BYTE ? 8 : datatypeBytes(datatype) * 8;
  const signed = SIGNED_DATATYPES.has(datatype);
  const wrap = (value: number): number => {
    const low = value | 0;
    if (bits === 32) return signed ? low : low >>> 0;
    const shift = 32 - bits;
    return signed ? (low << shift) >> shift : low & ((1 << bits) - 1);
  };
  switch (operation) {
    case MAX: return Math.max(a, b);
    case MIN: return Math.min(a, b);
    case SUM: return wrap(a + b);
    case PROD: return wrap(Math.imul(a, b));
    case LAND: return a !== 0 && b !== 0 ? 1 : 0;
    case LOR: return a !== 0 || b !== 0 ? 1 : 0;
    case LXOR: return (a !== 0) !== (b !== 0) ? 1 : 0;
    case BAND: return wrap(a & b);
    case BOR: return wrap(a | b);
    case BXOR: return wrap(a ^ b);
    default: throw new Error(`operation ${operation}`);
  }
}

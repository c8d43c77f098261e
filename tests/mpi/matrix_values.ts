// The collective matrix's inputs on the host: the formula of
// tests/fixtures/mpi/matrix_values.ts and typed_buffer.ts in JavaScript,
// producing the bytes each rank's buffers start with (little-endian, as the
// guest lays them out), and the FNV-1a digest both sides print. Written
// separately from the guest's code (u32 arithmetic by Math.imul and >>> 0,
// 64-bit patterns as two 32-bit words, float bytes by DataView), so a guest that
// computes something else is caught.

export const STREAM_INPUT = 0;
export const STREAM_GARBAGE = 1;

export const STYLE_FULL = 0;
export const STYLE_ODD = 1;
export const STYLE_LOGICAL = 2;
export const STYLE_SMALL = 3;
export const STYLE_POWER = 4;

export const KIND_INT8 = 1;
export const KIND_UINT8 = 2;
export const KIND_INT16 = 3;
export const KIND_UINT16 = 4;
export const KIND_INT32 = 5;
export const KIND_UINT32 = 6;
export const KIND_INT64 = 7;
export const KIND_UINT64 = 8;
export const KIND_FLOAT32 = 9;
export const KIND_FLOAT64 = 10;

const KIND_NAMES = ["", "Int8Array", "Uint8Array", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array", "Float32Array", "Float64Array"];

export function kindName(kind: number): string {
  return KIND_NAMES[kind];
}

export function kindSize(kind: number): number {
  if (kind <= KIND_UINT8) return 1;
  if (kind <= KIND_UINT16) return 2;
  if (kind <= KIND_UINT32 || kind === KIND_FLOAT32) return 4;
  return 8;
}

function finish(start: number): number {
  let value = start >>> 0;
  value = (value ^ (value >>> 16)) >>> 0;
  value = Math.imul(value, 0x7feb352d) >>> 0;
  value = (value ^ (value >>> 15)) >>> 0;
  value = Math.imul(value, 0x846ca68b) >>> 0;
  value = (value ^ (value >>> 16)) >>> 0;
  return value;
}

export function mix(rank: number, index: number, caseNumber: number, stream: number): number {
  let value = Math.imul(rank, 0x9e3779b1);
  value ^= Math.imul(index, 0x85ebca77);
  value ^= Math.imul(caseNumber, 0xc2b2ae3d);
  value ^= Math.imul(stream, 0x27d4eb2f);
  return finish(value >>> 0);
}

function secondWord(hash: number): number {
  return finish((hash ^ 0x68e31da4) >>> 0);
}

/** The low 32 bits of an integer element's pattern, `widthBits` wide (only its low bits are stored). */
function lowWord(hash: number, style: number, widthBits: number): number {
  if (style === STYLE_ODD) return (((hash & 15) | 1) - 8) >>> 0;
  if (style === STYLE_LOGICAL) {
    const choice = hash >>> 29;
    if (choice === 0) return 0;
    if (choice === 1) return widthBits === 64 ? 0 : (2 ** (widthBits - 1)) >>> 0;
  }
  return hash;
}

/** The high 32 bits of a 64-bit integer element's pattern. */
function highWord(hash: number, style: number): number {
  if (style === STYLE_ODD) return ((hash & 15) | 1) < 8 ? 0xffffffff : 0;
  if (style === STYLE_LOGICAL) {
    const choice = hash >>> 29;
    if (choice === 0) return 0;
    if (choice === 1) return 0x80000000;
  }
  return secondWord(hash);
}

function float64Value(hash: number, style: number): number {
  if (style === STYLE_SMALL) return (hash % 17) - 8;
  if (style === STYLE_POWER) return [1, 2, 0.5, -1][hash % 4];
  return (hash | 0) * 0.25;
}

function float32Value(hash: number, style: number): number {
  if (style === STYLE_FULL) return Math.fround(((hash | 0) >> 8) * 0.5);
  return Math.fround(float64Value(hash, style));
}

/** Views of one buffer by element width; the host is little-endian, as the guest (checked below). */
class ElementViews {
  readonly bytes: Uint8Array;
  readonly halves: Uint16Array;
  readonly words: Uint32Array;
  readonly singles: Float32Array;
  readonly doubles: Float64Array;

  constructor(byteLength: number) {
    // Rounded up to 8 bytes so that every view fits; callers see `bytes` cut to byteLength.
    const buffer = new ArrayBuffer(Math.ceil(byteLength / 8) * 8);
    this.bytes = new Uint8Array(buffer);
    this.halves = new Uint16Array(buffer);
    this.words = new Uint32Array(buffer);
    this.singles = new Float32Array(buffer);
    this.doubles = new Float64Array(buffer);
  }
}

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("the MPI matrix tests assume a little-endian host");

function writeElement(views: ElementViews, index: number, kind: number, hash: number, style: number): void {
  switch (kind) {
    case KIND_FLOAT32: views.singles[index] = float32Value(hash, style); return;
    case KIND_FLOAT64: views.doubles[index] = float64Value(hash, style); return;
    case KIND_INT8: case KIND_UINT8: views.bytes[index] = lowWord(hash, style, 8); return;
    case KIND_INT16: case KIND_UINT16: views.halves[index] = lowWord(hash, style, 16); return;
    case KIND_INT32: case KIND_UINT32: views.words[index] = lowWord(hash, style, 32); return;
    default:
      views.words[2 * index] = lowWord(hash, style, 64);
      views.words[2 * index + 1] = highWord(hash, style);
  }
}

/**
 * The bytes of typed_buffer.ts's preparedBuffer: `length` elements of
 * `kind`, element i in [inputFrom, inputTo) being input element
 * i - inputFrom of `rank` in the style, every other element i garbage.
 */
export function preparedBytes(kind: number, length: number, rank: number, caseNumber: number, style: number, inputFrom: number, inputTo: number): Uint8Array {
  const views = new ElementViews(length * kindSize(kind));
  for (let index = 0; index < length; index++) {
    if (index >= inputFrom && index < inputTo) {
      writeElement(views, index, kind, mix(rank, index - inputFrom, caseNumber, STREAM_INPUT), style);
    } else {
      writeElement(views, index, kind, mix(rank, index, caseNumber, STREAM_GARBAGE), STYLE_FULL);
    }
  }
  return views.bytes.subarray(0, length * kindSize(kind));
}

export const FNV_OFFSET = 0x811c9dc5;

/** 32-bit FNV-1a of the bytes, continuing from `hash`. */
export function fnv1a(bytes: Uint8Array, hash: number = FNV_OFFSET): number {
  let result = hash;
  for (const byte of bytes) result = Math.imul(result ^ byte, 16777619) >>> 0;
  return result;
}

/** The digest of a sequence of digests: FNV-1a over each as four little-endian bytes. */
export function digestOfDigests(digests: readonly number[]): number {
  const bytes = new Uint8Array(digests.length * 4);
  const view = new DataView(bytes.buffer);
  digests.forEach((digest, index) => view.setUint32(index * 4, digest, true));
  return fnv1a(bytes);
}

export function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, "0");
}

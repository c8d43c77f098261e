// MPI's reduction operations (runtime/mpi/operations.ts) run under Node on
// emulated memory: which (operation, datatype) pairs are valid, against a
// table written out here, and combine() for every valid pair against results
// computed here with BigInt, Math.fround and DataView.
//
// The emulated toro/unsafe is strict, so that Node and the compiled code
// cannot silently part: a store of a value its width cannot hold, or a
// float store of a value that is not a single-precision number, throws. Under
// Node a u64/i64 is a double, so load64 gives an element's value only where a
// double holds it exactly: raw bits below 2^53 as themselves, raw bits of a
// negative i64 above -2^53 as that negative number (what i64() of them gives
// in the dialect); anything else throws. store64 takes an integer within
// +-2^53 and stores its two's complement bits. So 64-bit sums and products
// are tested here without wrapping, and the signed 64-bit comparison cannot
// be told from the unsigned one (negative i64 values come back as negative
// numbers); every narrower width wraps here, and the bitwise operations,
// which never load 64 bits, take full-range 64-bit values.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DialectLoader } from "../lang/dialect_loader";

interface OperationsModule {
  OPERATION_MAX: number;
  OPERATION_MIN: number;
  OPERATION_SUM: number;
  OPERATION_PROD: number;
  OPERATION_LAND: number;
  OPERATION_BAND: number;
  OPERATION_LOR: number;
  OPERATION_BOR: number;
  OPERATION_LXOR: number;
  OPERATION_BXOR: number;
  isOperation(op: number): boolean;
  operationName(op: number): string;
  operationApplies(op: number, datatype: number): boolean;
  combine(op: number, datatype: number, inout: number, input: number, count: number): void;
}

// ---- Emulated memory ----------------------------------------------------------

const MEMORY_BYTES = 1 << 16;
const LOWEST_ADDRESS = 64;
const TWO_TO_THE_53 = 2 ** 53;
const TWO_TO_THE_64 = 2n ** 64n;

const view = new DataView(new ArrayBuffer(MEMORY_BYTES));

function checked(address: number, size: number): number {
  if (!Number.isInteger(address) || address < LOWEST_ADDRESS || address + size > MEMORY_BYTES) {
    throw new Error(`access of ${size} bytes at ${address}: outside emulated memory`);
  }
  return address;
}

function fitting(value: number, maximum: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > maximum) throw new Error(`${what}(${value}): not a value of its width`);
  return value;
}

const unsafe = {
  load8: (address: number): number => view.getUint8(checked(address, 1)),
  load16: (address: number): number => view.getUint16(checked(address, 2), true),
  load32: (address: number): number => view.getUint32(checked(address, 4), true),
  load64: (address: number): number => {
    const raw = view.getBigUint64(checked(address, 8), true);
    if (raw <= BigInt(TWO_TO_THE_53)) return Number(raw);
    if (raw >= TWO_TO_THE_64 - BigInt(TWO_TO_THE_53)) return Number(raw - TWO_TO_THE_64);
    throw new Error(`load64 at ${address}: 0x${raw.toString(16)} is not exact under Node`);
  },
  loadF32: (address: number): number => view.getFloat32(checked(address, 4), true),
  loadF64: (address: number): number => view.getFloat64(checked(address, 8), true),
  store8: (address: number, value: number): void => view.setUint8(checked(address, 1), fitting(value, 0xff, "store8")),
  store16: (address: number, value: number): void => view.setUint16(checked(address, 2), fitting(value, 0xffff, "store16"), true),
  store32: (address: number, value: number): void => view.setUint32(checked(address, 4), fitting(value, 0xffffffff, "store32"), true),
  store64: (address: number, value: number): void => {
    if (!Number.isInteger(value) || Math.abs(value) > TWO_TO_THE_53) throw new Error(`store64(${value}): not exact under Node`);
    view.setBigUint64(checked(address, 8), BigInt.asUintN(64, BigInt(value)), true);
  },
  storeF32: (address: number, value: number): void => {
    if (!Object.is(Math.fround(value), value)) throw new Error(`storeF32(${value}): not a single-precision number`);
    view.setFloat32(checked(address, 4), value, true);
  },
  storeF64: (address: number, value: number): void => view.setFloat64(checked(address, 8), value, true),
};

const operations = new DialectLoader({ "toro/unsafe": unsafe }).load("runtime/mpi/operations.ts") as unknown as OperationsModule;

/** Blocks handed out from the bottom of memory; `reset` before each case. */
let nextFree = LOWEST_ADDRESS;

function reset(): void {
  new Uint8Array(view.buffer).fill(0);
  nextFree = LOWEST_ADDRESS;
}

/** A block of `bytes` bytes, at an odd address: the code may not assume alignment. */
function allocate(bytes: number): number {
  const address = nextFree + 1;
  nextFree = address + bytes + 15;
  checked(address, bytes);
  return address;
}

function hexBytes(address: number, bytes: number): string {
  let text = "";
  for (let offset = 0; offset < bytes; offset++) text += view.getUint8(address + offset).toString(16).padStart(2, "0");
  return text;
}

// ---- The datatypes and operations, as the MPI standard names them -------------

type Kind = "signed" | "unsigned" | "float" | "byte";

interface Datatype {
  name: string;
  handle: number;
  bytes: number;
  kind: Kind;
}

const DATATYPES: Datatype[] = [
  { name: "MPI_CHAR", handle: 1, bytes: 1, kind: "signed" },
  { name: "MPI_SIGNED_CHAR", handle: 2, bytes: 1, kind: "signed" },
  { name: "MPI_UNSIGNED_CHAR", handle: 3, bytes: 1, kind: "unsigned" },
  { name: "MPI_BYTE", handle: 4, bytes: 1, kind: "byte" },
  { name: "MPI_SHORT", handle: 5, bytes: 2, kind: "signed" },
  { name: "MPI_UNSIGNED_SHORT", handle: 6, bytes: 2, kind: "unsigned" },
  { name: "MPI_INT", handle: 7, bytes: 4, kind: "signed" },
  { name: "MPI_UNSIGNED", handle: 8, bytes: 4, kind: "unsigned" },
  { name: "MPI_LONG", handle: 9, bytes: 8, kind: "signed" },
  { name: "MPI_UNSIGNED_LONG", handle: 10, bytes: 8, kind: "unsigned" },
  { name: "MPI_LONG_LONG", handle: 11, bytes: 8, kind: "signed" },
  { name: "MPI_UNSIGNED_LONG_LONG", handle: 12, bytes: 8, kind: "unsigned" },
  { name: "MPI_FLOAT", handle: 13, bytes: 4, kind: "float" },
  { name: "MPI_DOUBLE", handle: 14, bytes: 8, kind: "float" },
  { name: "MPI_INT8_T", handle: 15, bytes: 1, kind: "signed" },
  { name: "MPI_UINT8_T", handle: 16, bytes: 1, kind: "unsigned" },
  { name: "MPI_INT16_T", handle: 17, bytes: 2, kind: "signed" },
  { name: "MPI_UINT16_T", handle: 18, bytes: 2, kind: "unsigned" },
  { name: "MPI_INT32_T", handle: 19, bytes: 4, kind: "signed" },
  { name: "MPI_UINT32_T", handle: 20, bytes: 4, kind: "unsigned" },
  { name: "MPI_INT64_T", handle: 21, bytes: 8, kind: "signed" },
  { name: "MPI_UINT64_T", handle: 22, bytes: 8, kind: "unsigned" },
];

const OPERATION_NAMES = ["MPI_MAX", "MPI_MIN", "MPI_SUM", "MPI_PROD", "MPI_LAND", "MPI_BAND", "MPI_LOR", "MPI_BOR", "MPI_LXOR", "MPI_BXOR"];
/** The handle of OPERATION_NAMES[i] is i + 1. */
const operationHandle = (name: string): number => OPERATION_NAMES.indexOf(name) + 1;

/**
 * Which operations apply, by kind, one column per entry of OPERATION_NAMES
 * (MAX MIN SUM PROD LAND BAND LOR BOR LXOR BXOR): the MPI standard's table,
 * with MPICH's leniency of treating the char types as integers.
 */
const VALIDITY: Record<Kind, string> = {
  signed: "1111111111",
  unsigned: "1111111111",
  float: "1111000000",
  byte: "0000010101",
};

function applies(operation: string, datatype: Datatype): boolean {
  return VALIDITY[datatype.kind][OPERATION_NAMES.indexOf(operation)] === "1";
}

// ---- Reference results ---------------------------------------------------------

type Element = bigint | number;

function wrap(value: bigint, datatype: Datatype): bigint {
  const bits = datatype.bytes * 8;
  return datatype.kind === "signed" ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value);
}

/** input op inout for integer elements (already in the type's range). */
function integerResult(operation: string, input: bigint, inout: bigint, datatype: Datatype): bigint {
  const truth = (value: boolean): bigint => (value ? 1n : 0n);
  switch (operation) {
    case "MPI_MAX": return input > inout ? input : inout;
    case "MPI_MIN": return input < inout ? input : inout;
    case "MPI_SUM": return wrap(input + inout, datatype);
    case "MPI_PROD": return wrap(input * inout, datatype);
    case "MPI_LAND": return truth(input !== 0n && inout !== 0n);
    case "MPI_LOR": return truth(input !== 0n || inout !== 0n);
    case "MPI_LXOR": return truth((input !== 0n) !== (inout !== 0n));
    case "MPI_BAND": return wrap(input & inout, datatype);
    case "MPI_BOR": return wrap(input | inout, datatype);
    case "MPI_BXOR": return wrap(input ^ inout, datatype);
    default: throw new Error(operation);
  }
}

/** input op inout for floating-point elements, rounded to the type. */
function floatResult(operation: string, input: number, inout: number, datatype: Datatype): number {
  const round = datatype.bytes === 4 ? Math.fround : (value: number): number => value;
  switch (operation) {
    case "MPI_MAX": return input > inout ? input : inout;
    case "MPI_MIN": return input < inout ? input : inout;
    case "MPI_SUM": return round(input + inout);
    case "MPI_PROD": return round(input * inout);
    default: throw new Error(operation);
  }
}

function expected(operation: string, input: Element, inout: Element, datatype: Datatype): Element {
  if (datatype.kind === "float") return floatResult(operation, input as number, inout as number, datatype);
  return integerResult(operation, input as bigint, inout as bigint, datatype);
}

function writeElement(address: number, value: Element, datatype: Datatype): void {
  if (datatype.kind === "float") {
    if (datatype.bytes === 4) view.setFloat32(address, value as number, true);
    else view.setFloat64(address, value as number, true);
    return;
  }
  const bits = BigInt.asUintN(64, value as bigint);
  switch (datatype.bytes) {
    case 1: view.setUint8(address, Number(BigInt.asUintN(8, bits))); break;
    case 2: view.setUint16(address, Number(BigInt.asUintN(16, bits)), true); break;
    case 4: view.setUint32(address, Number(BigInt.asUintN(32, bits)), true); break;
    default: view.setBigUint64(address, bits, true);
  }
}

function writeElements(address: number, values: Element[], datatype: Datatype): void {
  values.forEach((value, index) => writeElement(address + index * datatype.bytes, value, datatype));
}

// ---- Element values --------------------------------------------------------------

/**
 * Pairs [input, inout], seven of them (an odd count), per width. They wrap
 * sums and products at the width (for 8 to 32 bits), put negative against
 * positive (where signed and unsigned MIN/MAX disagree), include zeros for the
 * logical operations and elements whose low byte is 0 but which are true.
 * 32-bit products stay below 2^53 as unsigned numbers, and 64-bit values and
 * results within what a double holds (see the header).
 */
const INTEGER_PAIRS: Record<string, [bigint, bigint][]> = {
  "1": [[127n, 1n], [-1n, 2n], [-128n, -1n], [16n, 17n], [0n, -7n], [-5n, 100n], [123n, 0n]],
  "2": [[0x7fffn, 1n], [-1n, 2n], [-0x8000n, -1n], [257n, 257n], [0n, -7n], [-5n, 1000n], [0x100n, 0n]],
  "4": [[0x7fffffffn, 1n], [-1n, 2n], [-0x80000000n, 3n], [65537n, 65537n], [0n, -7n], [-5n, 100000n], [0x10000n, 0n]],
  "8signed": [[2n ** 50n, 5n], [-1n, 2n], [-(2n ** 50n), 7n], [65537n, 65537n], [0n, -7n], [-5n, 100000n], [2n ** 40n, 0n]],
  "8unsigned": [[2n ** 50n, 5n], [2n ** 52n, 1n], [3n, 2n ** 51n], [65537n, 65537n], [0n, 7n], [5n, 100000n], [2n ** 40n, 0n]],
};

/** Single-precision pairs: sums and products that round, overflow and underflow in f32 but not in f64. */
const FLOAT32_PAIRS: [number, number][] = [
  [1.5, 2.25],
  [Math.fround(0.1), Math.fround(0.2)],
  [1, 2 ** -30],
  [Math.fround(1.1), Math.fround(1.1)],
  [Math.fround(3e38), 10],
  [-2, 0.5],
  [Math.fround(1e-30), Math.fround(-1e-30)],
];

const FLOAT64_PAIRS: [number, number][] = [
  [1.5, 2.25],
  [0.1, 0.2],
  [1, 2 ** -60],
  [1.1, 1.1],
  [1e308, 10],
  [-2, 0.5],
  [1e-300, -1e-300],
];

function pairsFor(datatype: Datatype): [Element, Element][] {
  if (datatype.kind === "float") return datatype.bytes === 4 ? FLOAT32_PAIRS : FLOAT64_PAIRS;
  const key = datatype.bytes === 8 ? `8${datatype.kind === "signed" ? "signed" : "unsigned"}` : String(datatype.bytes);
  return INTEGER_PAIRS[key].map(([input, inout]) => [wrap(input, datatype), wrap(inout, datatype)]);
}

/**
 * Runs combine on `inputs`/`inouts` (elements of `datatype`) with `count`
 * elements, each buffer followed by one guard element, and checks inout
 * against `expectedInouts` byte for byte and that the guards and input are
 * untouched.
 */
function checkCombine(operation: string, datatype: Datatype, inputs: Element[], inouts: Element[], count: number, expectedInouts: Element[]): void {
  reset();
  const elements = inputs.length;
  const bytes = (elements + 1) * datatype.bytes;
  const input = allocate(bytes);
  const inout = allocate(bytes);
  const wanted = allocate(bytes);
  const wantedInput = allocate(bytes);
  const guard: Element = datatype.kind === "float" ? 42.5 : wrap(0x5an, datatype);
  writeElements(input, [...inputs, guard], datatype);
  writeElements(wantedInput, [...inputs, guard], datatype);
  writeElements(inout, [...inouts, guard], datatype);
  writeElements(wanted, [...expectedInouts, guard], datatype);
  operations.combine(operationHandle(operation), datatype.handle, inout, input, count);
  const what = `${operation} on ${datatype.name}, count ${count}`;
  assert.is(hexBytes(inout, bytes), hexBytes(wanted, bytes), what);
  assert.is(hexBytes(input, bytes), hexBytes(wantedInput, bytes), `${what}: input changed`);
}

// ---- Tests ---------------------------------------------------------------------------

test("the operation handles are the public MPI_ constants, and their names", () => {
  const exported = operations as unknown as Record<string, number>;
  OPERATION_NAMES.forEach((name, index) => {
    assert.is(exported[name.replace("MPI_", "OPERATION_")], index + 1, name);
    assert.is(operations.operationName(index + 1), name);
    assert.ok(operations.isOperation(index + 1), name);
  });
  for (const outside of [0, 11, -1, 1000]) {
    assert.not.ok(operations.isOperation(outside), String(outside));
    assert.is(operations.operationName(outside), `operation ${outside}`);
  }
});

test("operationApplies follows the validity table for every operation and datatype", () => {
  for (const operation of OPERATION_NAMES) {
    for (const datatype of DATATYPES) {
      assert.is(operations.operationApplies(operationHandle(operation), datatype.handle), applies(operation, datatype), `${operation} on ${datatype.name}`);
    }
  }
  for (const outside of [0, 11, -3]) {
    assert.not.ok(operations.operationApplies(outside, 7), `operation ${outside}`);
  }
  for (const outside of [0, 23, -1]) {
    assert.not.ok(operations.operationApplies(operationHandle("MPI_SUM"), outside), `datatype ${outside}`);
    assert.not.ok(operations.operationApplies(operationHandle("MPI_BAND"), outside), `datatype ${outside}`);
  }
});

test("combine: every operation on every datatype it applies to, seven elements", () => {
  let cases = 0;
  for (const operation of OPERATION_NAMES) {
    for (const datatype of DATATYPES) {
      if (!applies(operation, datatype)) continue;
      const pairs = pairsFor(datatype);
      const inputs = pairs.map(([input]) => input);
      const inouts = pairs.map(([, inout]) => inout);
      const results = pairs.map(([input, inout]) => expected(operation, input, inout, datatype));
      checkCombine(operation, datatype, inputs, inouts, pairs.length, results);
      cases++;
    }
  }
  // 21 datatypes for the arithmetic ones, 19 integer types, 20 with MPI_BYTE.
  assert.is(cases, 4 * 21 + 3 * 19 + 3 * 20);
});

test("combine: signed and unsigned MIN/MAX disagree where the sign bit is set", () => {
  const signedChar = DATATYPES[1];
  const unsignedChar = DATATYPES[2];
  checkCombine("MPI_MAX", signedChar, [-1n], [2n], 1, [2n]);
  checkCombine("MPI_MAX", unsignedChar, [255n], [2n], 1, [255n]);
  checkCombine("MPI_MIN", DATATYPES[6], [-0x80000000n], [5n], 1, [-0x80000000n]);
  checkCombine("MPI_MIN", DATATYPES[7], [0x80000000n], [5n], 1, [5n]);
  checkCombine("MPI_MAX", DATATYPES[8], [-(2n ** 52n)], [3n], 1, [3n]);
});

test("combine: MPI_CHAR reduces as a signed char", () => {
  const char = DATATYPES[0];
  checkCombine("MPI_MAX", char, [-100n], [50n], 1, [50n]);
  checkCombine("MPI_MIN", char, [-100n], [50n], 1, [-100n]);
  checkCombine("MPI_SUM", char, [100n], [100n], 1, [-56n]);
});

test("combine: MPI_FLOAT rounds each result to single precision", () => {
  const float = DATATYPES[12];
  const sum = Math.fround(Math.fround(0.1) + Math.fround(0.2));
  assert.is.not(sum, Math.fround(0.1) + Math.fround(0.2), "the case must round");
  checkCombine("MPI_SUM", float, [Math.fround(0.1)], [Math.fround(0.2)], 1, [sum]);
  checkCombine("MPI_PROD", float, [Math.fround(3e38)], [10], 1, [Infinity]);
  checkCombine("MPI_SUM", float, [1], [2 ** -30], 1, [1]);
});

test("combine: the bitwise operations take full-range 64-bit elements", () => {
  const inputs = [0xffffffffffffffffn, 0x8000000000000001n, 0x0123456789abcdefn];
  const inouts = [0x8000000000000000n, 0x7fffffffffffffffn, 0xfedcba9876543210n];
  for (const datatype of [DATATYPES[8], DATATYPES[9], DATATYPES[21]]) {
    const values = (list: bigint[]): bigint[] => list.map((value) => wrap(value, datatype));
    for (const operation of ["MPI_BAND", "MPI_BOR", "MPI_BXOR"]) {
      const results = inputs.map((input, index) => integerResult(operation, wrap(input, datatype), wrap(inouts[index], datatype), datatype));
      checkCombine(operation, datatype, values(inputs), values(inouts), inputs.length, results);
    }
  }
});

test("combine: MPI_BYTE's bitwise operations over an odd number of bytes", () => {
  const byte = DATATYPES[3];
  const inputs = [0xf0n, 0x0fn, 0xffn, 0x00n, 0xa5n];
  const inouts = [0xccn, 0x33n, 0x00n, 0xffn, 0x5an];
  for (const operation of ["MPI_BAND", "MPI_BOR", "MPI_BXOR"]) {
    checkCombine(operation, byte, inputs, inouts, 5, inputs.map((input, index) => integerResult(operation, input, inouts[index], byte)));
  }
});

test("combine: a count of 0 or less, or a pair that does not apply, changes nothing", () => {
  for (const datatype of DATATYPES) {
    const pairs = pairsFor(datatype);
    const inputs = pairs.map(([input]) => input);
    const inouts = pairs.map(([, inout]) => inout);
    for (const operation of OPERATION_NAMES) {
      if (applies(operation, datatype)) {
        checkCombine(operation, datatype, inputs, inouts, 0, inouts);
        checkCombine(operation, datatype, inputs, inouts, -1, inouts);
      } else {
        checkCombine(operation, datatype, inputs, inouts, inputs.length, inouts);
      }
    }
  }
});

test("combine: a count below the buffer's length stops there", () => {
  const int = DATATYPES[6];
  checkCombine("MPI_SUM", int, [1n, 2n, 3n, 4n], [10n, 20n, 30n, 40n], 3, [11n, 22n, 33n, 40n]);
  const double = DATATYPES[13];
  checkCombine("MPI_PROD", double, [1.5, 2, 3], [2, 2, 2], 1, [3, 2, 2]);
});

test("combine: inout and input may be the same buffer", () => {
  reset();
  const int = DATATYPES[6];
  const buffer = allocate(12);
  writeElements(buffer, [3n, -4n, 0x40000000n], int);
  operations.combine(operationHandle("MPI_SUM"), int.handle, buffer, buffer, 3);
  assert.equal([0, 4, 8].map((offset) => view.getInt32(buffer + offset, true)), [6, -8, -0x80000000]);
});

test.run();

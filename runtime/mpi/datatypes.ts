// MPI's predefined datatypes: what each is made of, and which typed arrays
// may carry it. The handle values are the public constants of index.ts.
//
// A datatype is carried by the typed array of its element type (MPI_INT by
// Int32Array, MPI_DOUBLE by Float64Array, ...). MPI_CHAR, C's char, may be
// an Int8Array or a Uint8Array (text is usually bytes), and is arithmetic
// as C's signed char when reduced, as in MPICH. MPI_BYTE is raw bytes: any
// typed array carries it, and its counts are bytes.
import {
  TYPED_ARRAY_KIND_BIGINT64,
  TYPED_ARRAY_KIND_BIGUINT64,
  TYPED_ARRAY_KIND_FLOAT32,
  TYPED_ARRAY_KIND_FLOAT64,
  TYPED_ARRAY_KIND_INT16,
  TYPED_ARRAY_KIND_INT32,
  TYPED_ARRAY_KIND_INT8,
  TYPED_ARRAY_KIND_UINT16,
  TYPED_ARRAY_KIND_UINT32,
  TYPED_ARRAY_KIND_UINT8,
} from "../lang/element_kinds";

export const DATATYPE_CHAR: i32 = 1;
export const DATATYPE_SIGNED_CHAR: i32 = 2;
export const DATATYPE_UNSIGNED_CHAR: i32 = 3;
export const DATATYPE_BYTE: i32 = 4;
export const DATATYPE_SHORT: i32 = 5;
export const DATATYPE_UNSIGNED_SHORT: i32 = 6;
export const DATATYPE_INT: i32 = 7;
export const DATATYPE_UNSIGNED: i32 = 8;
export const DATATYPE_LONG: i32 = 9;
export const DATATYPE_UNSIGNED_LONG: i32 = 10;
export const DATATYPE_LONG_LONG: i32 = 11;
export const DATATYPE_UNSIGNED_LONG_LONG: i32 = 12;
export const DATATYPE_FLOAT: i32 = 13;
export const DATATYPE_DOUBLE: i32 = 14;
export const DATATYPE_INT8_T: i32 = 15;
export const DATATYPE_UINT8_T: i32 = 16;
export const DATATYPE_INT16_T: i32 = 17;
export const DATATYPE_UINT16_T: i32 = 18;
export const DATATYPE_INT32_T: i32 = 19;
export const DATATYPE_UINT32_T: i32 = 20;
export const DATATYPE_INT64_T: i32 = 21;
export const DATATYPE_UINT64_T: i32 = 22;
const LAST_DATATYPE: i32 = 22;

/** What a reduction treats the elements as. */
export const CATEGORY_SIGNED: i32 = 1;
export const CATEGORY_UNSIGNED: i32 = 2;
export const CATEGORY_FLOAT: i32 = 3;
/** MPI_BYTE: only the bitwise operations apply. */
export const CATEGORY_BYTE: i32 = 4;

export function isDatatype(datatype: i32): boolean {
  return datatype >= 1 && datatype <= LAST_DATATYPE;
}

/** The size of one element in bytes (MPI_Type_size). */
export function datatypeSize(datatype: i32): i32 {
  switch (kindOfDatatype(datatype)) {
    case TYPED_ARRAY_KIND_INT16:
    case TYPED_ARRAY_KIND_UINT16:
      return 2;
    case TYPED_ARRAY_KIND_INT32:
    case TYPED_ARRAY_KIND_UINT32:
    case TYPED_ARRAY_KIND_FLOAT32:
      return 4;
    case TYPED_ARRAY_KIND_BIGINT64:
    case TYPED_ARRAY_KIND_BIGUINT64:
    case TYPED_ARRAY_KIND_FLOAT64:
      return 8;
    default:
      return 1;
  }
}

export function datatypeCategory(datatype: i32): i32 {
  if (datatype === DATATYPE_BYTE) return CATEGORY_BYTE;
  if (datatype === DATATYPE_CHAR) return CATEGORY_SIGNED;
  const kind: i32 = kindOfDatatype(datatype);
  if (kind === TYPED_ARRAY_KIND_FLOAT32 || kind === TYPED_ARRAY_KIND_FLOAT64) return CATEGORY_FLOAT;
  const signed: boolean =
    kind === TYPED_ARRAY_KIND_INT8 || kind === TYPED_ARRAY_KIND_INT16 || kind === TYPED_ARRAY_KIND_INT32 || kind === TYPED_ARRAY_KIND_BIGINT64;
  return signed ? CATEGORY_SIGNED : CATEGORY_UNSIGNED;
}

/** Whether a typed array of `arrayKind` (element_kinds.ts) may carry `datatype`. */
export function arrayCarries(arrayKind: i32, datatype: i32): boolean {
  if (datatype === DATATYPE_BYTE) return true;
  if (datatype === DATATYPE_CHAR) return arrayKind === TYPED_ARRAY_KIND_INT8 || arrayKind === TYPED_ARRAY_KIND_UINT8;
  return arrayKind === kindOfDatatype(datatype);
}

/** The typed array that carries `datatype` (MPI_CHAR: Int8Array; MPI_BYTE: Uint8Array). */
export function kindOfDatatype(datatype: i32): i32 {
  switch (datatype) {
    case DATATYPE_CHAR:
    case DATATYPE_SIGNED_CHAR:
    case DATATYPE_INT8_T:
      return TYPED_ARRAY_KIND_INT8;
    case DATATYPE_UNSIGNED_CHAR:
    case DATATYPE_UINT8_T:
    case DATATYPE_BYTE:
      return TYPED_ARRAY_KIND_UINT8;
    case DATATYPE_SHORT:
    case DATATYPE_INT16_T:
      return TYPED_ARRAY_KIND_INT16;
    case DATATYPE_UNSIGNED_SHORT:
    case DATATYPE_UINT16_T:
      return TYPED_ARRAY_KIND_UINT16;
    case DATATYPE_INT:
    case DATATYPE_INT32_T:
      return TYPED_ARRAY_KIND_INT32;
    case DATATYPE_UNSIGNED:
    case DATATYPE_UINT32_T:
      return TYPED_ARRAY_KIND_UINT32;
    case DATATYPE_LONG:
    case DATATYPE_LONG_LONG:
    case DATATYPE_INT64_T:
      return TYPED_ARRAY_KIND_BIGINT64;
    case DATATYPE_UNSIGNED_LONG:
    case DATATYPE_UNSIGNED_LONG_LONG:
    case DATATYPE_UINT64_T:
      return TYPED_ARRAY_KIND_BIGUINT64;
    case DATATYPE_FLOAT:
      return TYPED_ARRAY_KIND_FLOAT32;
    case DATATYPE_DOUBLE:
      return TYPED_ARRAY_KIND_FLOAT64;
    default:
      return 0;
  }
}

/** The datatype's standard name, for error messages. */
export function datatypeName(datatype: i32): string {
  switch (datatype) {
    case DATATYPE_CHAR: return "MPI_CHAR";
    case DATATYPE_SIGNED_CHAR: return "MPI_SIGNED_CHAR";
    case DATATYPE_UNSIGNED_CHAR: return "MPI_UNSIGNED_CHAR";
    case DATATYPE_BYTE: return "MPI_BYTE";
    case DATATYPE_SHORT: return "MPI_SHORT";
    case DATATYPE_UNSIGNED_SHORT: return "MPI_UNSIGNED_SHORT";
    case DATATYPE_INT: return "MPI_INT";
    case DATATYPE_UNSIGNED: return "MPI_UNSIGNED";
    case DATATYPE_LONG: return "MPI_LONG";
    case DATATYPE_UNSIGNED_LONG: return "MPI_UNSIGNED_LONG";
    case DATATYPE_LONG_LONG: return "MPI_LONG_LONG";
    case DATATYPE_UNSIGNED_LONG_LONG: return "MPI_UNSIGNED_LONG_LONG";
    case DATATYPE_FLOAT: return "MPI_FLOAT";
    case DATATYPE_DOUBLE: return "MPI_DOUBLE";
    case DATATYPE_INT8_T: return "MPI_INT8_T";
    case DATATYPE_UINT8_T: return "MPI_UINT8_T";
    case DATATYPE_INT16_T: return "MPI_INT16_T";
    case DATATYPE_UINT16_T: return "MPI_UINT16_T";
    case DATATYPE_INT32_T: return "MPI_INT32_T";
    case DATATYPE_UINT32_T: return "MPI_UINT32_T";
    case DATATYPE_INT64_T: return "MPI_INT64_T";
    case DATATYPE_UINT64_T: return "MPI_UINT64_T";
    default: return `datatype ${datatype}`;
  }
}

/** The name of a typed array kind, for error messages. */
export function arrayKindName(kind: i32): string {
  switch (kind) {
    case TYPED_ARRAY_KIND_INT8: return "Int8Array";
    case TYPED_ARRAY_KIND_UINT8: return "Uint8Array";
    case TYPED_ARRAY_KIND_INT16: return "Int16Array";
    case TYPED_ARRAY_KIND_UINT16: return "Uint16Array";
    case TYPED_ARRAY_KIND_INT32: return "Int32Array";
    case TYPED_ARRAY_KIND_UINT32: return "Uint32Array";
    case TYPED_ARRAY_KIND_BIGINT64: return "BigInt64Array";
    case TYPED_ARRAY_KIND_BIGUINT64: return "BigUint64Array";
    case TYPED_ARRAY_KIND_FLOAT32: return "Float32Array";
    case TYPED_ARRAY_KIND_FLOAT64: return "Float64Array";
    default: return "typed array";
  }
}

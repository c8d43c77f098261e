// The collective matrix's cases on the host, in the order
// tests/fixtures/mpi/matrix_cases.ts runs them (collectives.test.ts explains
// the choice), and what each is in words for failure messages. The guest
// numbers cases and groups in the same order; a difference shows as wrong
// digests for every later group.

import { KIND_FLOAT32, KIND_FLOAT64, KIND_INT16, KIND_INT32, KIND_INT64, KIND_INT8, KIND_UINT16, KIND_UINT32, KIND_UINT64, KIND_UINT8, kindName, kindSize } from "./matrix_values";

export const COLLECTIVE_NAMES = ["", "MPI_Reduce", "MPI_Allreduce", "MPI_Bcast", "MPI_Gather", "MPI_Scatter", "MPI_Allgather", "MPI_Alltoall"];
export const REDUCE = 1;
export const ALLREDUCE = 2;
export const BCAST = 3;
export const GATHER = 4;
export const SCATTER = 5;
export const ALLGATHER = 6;
export const ALLTOALL = 7;

export const DATATYPE_NAMES = [
  "", "MPI_CHAR", "MPI_SIGNED_CHAR", "MPI_UNSIGNED_CHAR", "MPI_BYTE", "MPI_SHORT", "MPI_UNSIGNED_SHORT", "MPI_INT",
  "MPI_UNSIGNED", "MPI_LONG", "MPI_UNSIGNED_LONG", "MPI_LONG_LONG", "MPI_UNSIGNED_LONG_LONG", "MPI_FLOAT", "MPI_DOUBLE",
  "MPI_INT8_T", "MPI_UINT8_T", "MPI_INT16_T", "MPI_UINT16_T", "MPI_INT32_T", "MPI_UINT32_T", "MPI_INT64_T", "MPI_UINT64_T",
];
export const CHAR = 1;
export const UNSIGNED_CHAR = 3;
export const BYTE = 4;
export const SHORT = 5;
export const UNSIGNED_SHORT = 6;
export const INT = 7;
export const UNSIGNED = 8;
export const LONG = 9;
export const LONG_LONG = 11;
export const UNSIGNED_LONG_LONG = 12;
export const FLOAT = 13;
export const DOUBLE = 14;
export const UINT8_T = 16;
export const UINT16_T = 18;

export const OPERATION_NAMES = ["", "MPI_MAX", "MPI_MIN", "MPI_SUM", "MPI_PROD", "MPI_LAND", "MPI_BAND", "MPI_LOR", "MPI_BOR", "MPI_LXOR", "MPI_BXOR"];
export const MAX = 1;
export const MIN = 2;
export const SUM = 3;
export const PROD = 4;
export const LAND = 5;
export const BAND = 6;
export const LOR = 7;
export const BOR = 8;
export const LXOR = 9;
export const BXOR = 10;

export const SMALL_COUNTS = [0, 1, 37];
const KIB_64 = 65536;
const MIB_1 = 1048576;

export interface MatrixCase {
  number: number;
  group: number;
  collective: number;
  datatype: number;
  /** The array kind carrying the datatype (matrix_values.ts KIND_*). */
  kind: number;
  /** 0 for data movement. */
  operation: number;
  /** Elements of the datatype per rank's block (bytes for MPI_BYTE). */
  count: number;
  inPlace: boolean;
}

/** The array kind that carries a datatype (MPI_CHAR: Int8Array; MPI_BYTE: Uint8Array). */
export function kindOfDatatype(datatype: number): number {
  const kinds = [0, KIND_INT8, KIND_INT8, KIND_UINT8, KIND_UINT8, KIND_INT16, KIND_UINT16, KIND_INT32, KIND_UINT32, KIND_INT64, KIND_UINT64,
    KIND_INT64, KIND_UINT64, KIND_FLOAT32, KIND_FLOAT64, KIND_INT8, KIND_UINT8, KIND_INT16, KIND_UINT16, KIND_INT32, KIND_UINT32, KIND_INT64, KIND_UINT64];
  return kinds[datatype];
}

export function datatypeBytes(datatype: number): number {
  return kindSize(kindOfDatatype(datatype));
}

export function isFloat(datatype: number): boolean {
  return datatype === FLOAT || datatype === DOUBLE;
}

/** MPI's rules: arithmetic and comparisons not on MPI_BYTE, logic on integers, bits on integers and bytes. */
export function operationValid(operation: number, datatype: number): boolean {
  if (operation === BAND || operation === BOR || operation === BXOR) return !isFloat(datatype);
  if (datatype === BYTE) return false;
  if (operation === LAND || operation === LOR || operation === LXOR) return !isFloat(datatype);
  return true;
}

/** The twelve datatype/array pairs of the data-movement cases: every array kind, MPI_BYTE twice. */
export const MOVEMENT_PAIRS: ReadonlyArray<readonly [number, number]> = [
  [CHAR, KIND_INT8], [UNSIGNED_CHAR, KIND_UINT8], [BYTE, KIND_UINT8], [BYTE, KIND_UINT64], [SHORT, KIND_INT16], [UINT16_T, KIND_UINT16],
  [INT, KIND_INT32], [UNSIGNED, KIND_UINT32], [LONG, KIND_INT64], [UNSIGNED_LONG_LONG, KIND_UINT64], [FLOAT, KIND_FLOAT32], [DOUBLE, KIND_FLOAT64],
];

class CaseList {
  readonly cases: MatrixCase[] = [];
  private groups = 0;

  startGroup(): void {
    this.groups++;
  }

  add(collective: number, datatype: number, kind: number, operation: number, count: number, inPlace: boolean): void {
    this.cases.push({ number: this.cases.length, group: this.groups - 1, collective, datatype, kind, operation, count, inPlace });
  }
}

/** Every case, as the guest runs them; the 64 KiB and 1 MiB ones last and only when `large`. */
export function matrixCases(large: boolean): MatrixCase[] {
  const list = new CaseList();
  for (const collective of [REDUCE, ALLREDUCE]) {
    for (let datatype = 1; datatype <= 22; datatype++) {
      list.startGroup();
      for (let operation = 1; operation <= 10; operation++) {
        if (!operationValid(operation, datatype)) continue;
        for (const count of SMALL_COUNTS) list.add(collective, datatype, kindOfDatatype(datatype), operation, count, false);
      }
    }
  }
  for (const collective of [REDUCE, ALLREDUCE]) {
    list.startGroup();
    for (const operation of [MAX, MIN, SUM, LOR]) list.add(collective, CHAR, KIND_UINT8, operation, 37, false);
  }
  for (const collective of [REDUCE, ALLREDUCE]) {
    list.startGroup();
    for (const count of [1, 37]) {
      list.add(collective, INT, KIND_INT32, SUM, count, true);
      list.add(collective, DOUBLE, KIND_FLOAT64, MAX, count, true);
      list.add(collective, UINT8_T, KIND_UINT8, BXOR, count, true);
      list.add(collective, LONG_LONG, KIND_INT64, PROD, count, true);
    }
  }
  for (const collective of [GATHER, SCATTER, ALLGATHER, ALLTOALL]) {
    list.startGroup();
    for (const count of [1, 37]) {
      list.add(collective, INT, KIND_INT32, 0, count, true);
      list.add(collective, DOUBLE, KIND_FLOAT64, 0, count, true);
      list.add(collective, UNSIGNED_SHORT, KIND_UINT16, 0, count, true);
    }
  }
  for (const collective of [BCAST, GATHER, SCATTER, ALLGATHER, ALLTOALL]) {
    for (const [datatype, kind] of MOVEMENT_PAIRS) {
      list.startGroup();
      for (const count of SMALL_COUNTS) list.add(collective, datatype, kind, 0, count, false);
    }
  }
  // Where the algorithms switch: allreduce above 2 KiB, reduce and bcast above 64 KiB.
  list.startGroup();
  list.add(ALLREDUCE, INT, KIND_INT32, SUM, 1001, false);
  list.add(ALLREDUCE, INT, KIND_INT32, SUM, 1001, true);
  list.add(ALLREDUCE, UNSIGNED_LONG_LONG, KIND_UINT64, BXOR, 517, false);
  list.add(ALLREDUCE, FLOAT, KIND_FLOAT32, SUM, 1537, false);
  list.add(ALLREDUCE, SHORT, KIND_INT16, PROD, 2049, false);
  list.add(ALLREDUCE, INT, KIND_INT32, MAX, 17000, false);
  list.startGroup();
  list.add(REDUCE, DOUBLE, KIND_FLOAT64, SUM, 1001, false);
  list.add(REDUCE, INT, KIND_INT32, SUM, 17000, false);
  list.add(REDUCE, INT, KIND_INT32, SUM, 17000, true);
  list.startGroup();
  list.add(BCAST, BYTE, KIND_UINT8, 0, 70001, false);
  if (large) {
    list.startGroup();
    list.add(REDUCE, INT, KIND_INT32, SUM, KIB_64 / 4, false);
    list.add(REDUCE, INT, KIND_INT32, SUM, MIB_1 / 4, false);
    list.startGroup();
    list.add(ALLREDUCE, DOUBLE, KIND_FLOAT64, MAX, KIB_64 / 8, false);
    list.add(ALLREDUCE, DOUBLE, KIND_FLOAT64, MAX, MIB_1 / 8, false);
    list.startGroup();
    list.add(BCAST, CHAR, KIND_INT8, 0, KIB_64, false);
    list.add(BCAST, CHAR, KIND_INT8, 0, MIB_1, false);
    for (const collective of [GATHER, SCATTER, ALLGATHER, ALLTOALL]) {
      list.startGroup();
      list.add(collective, BYTE, KIND_UINT8, 0, KIB_64, false);
    }
  }
  return list.cases;
}

/** "case 12: MPI_Reduce MPI_INT MPI_SUM count 37 root 2 in place (Uint8Array)" and the like. */
export function describeCase(matrixCase: MatrixCase, size: number): string {
  const parts = [`case ${matrixCase.number}:`, COLLECTIVE_NAMES[matrixCase.collective], DATATYPE_NAMES[matrixCase.datatype]];
  if (matrixCase.operation !== 0) parts.push(OPERATION_NAMES[matrixCase.operation]);
  parts.push(`count ${matrixCase.count}`);
  if (hasRoot(matrixCase.collective)) parts.push(`root ${matrixCase.number % size}`);
  if (matrixCase.inPlace) parts.push("MPI_IN_PLACE");
  if (matrixCase.kind !== kindOfDatatype(matrixCase.datatype)) parts.push(`in a ${kindName(matrixCase.kind)}`);
  return parts.join(" ");
}

export function hasRoot(collective: number): boolean {
  return collective === REDUCE || collective === BCAST || collective === GATHER || collective === SCATTER;
}

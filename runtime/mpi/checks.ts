// Argument checks shared by the public calls. Each returns MPI_SUCCESS or
// the error class raiseError gave (the fatal handler never returns).
import { coreCount } from "../kernel/core_identity";
import { typedArrayElementBytes, typedArrayKind, typedArrayLength } from "../lang/element_kinds";
import { arrayCarries, arrayKindName, datatypeName, datatypeSize, isDatatype } from "./datatypes";
import {
  ERROR_BUFFER,
  ERROR_COMM,
  ERROR_COUNT,
  ERROR_OP,
  ERROR_OTHER,
  ERROR_RANK,
  ERROR_ROOT,
  ERROR_SUCCESS,
  ERROR_TAG,
  ERROR_TYPE,
  raiseError,
} from "./errors";
import { ANY_SOURCE, ANY_TAG } from "./matching";
import { isOperation, operationApplies, operationName } from "./operations";
import { PROC_NULL } from "./progress";

export const COMM_WORLD: i32 = 1;

/** The byte limit of one message (the bus's lengths are 32-bit; MPI's counts are int). */
const LARGEST_MESSAGE: i64 = 2147483647;

let initialized: boolean = false;
let finalized: boolean = false;

export function markInitialized(): void {
  initialized = true;
}

export function markFinalized(): void {
  finalized = true;
}

export function isInitialized(): boolean {
  return initialized;
}

export function isFinalized(): boolean {
  return finalized;
}

/** The call may run: MPI_Init has been called, MPI_Finalize not yet. */
export function checkActive(call: string): i32 {
  if (!initialized) return raiseError(call, ERROR_OTHER, "called before MPI_Init");
  if (finalized) return raiseError(call, ERROR_OTHER, "called after MPI_Finalize");
  return ERROR_SUCCESS;
}

export function checkCommunicator(call: string, comm: i32): i32 {
  const active: i32 = checkActive(call);
  if (active !== ERROR_SUCCESS) return active;
  if (comm !== COMM_WORLD) return raiseError(call, ERROR_COMM, `communicator ${comm} is not MPI_COMM_WORLD (the only one)`);
  return ERROR_SUCCESS;
}

/** `count` elements of `datatype` fit in typed array `buffer`, which can carry that datatype. */
export function checkBuffer(call: string, buffer: object, count: i32, datatype: i32): i32 {
  if (!isDatatype(datatype)) return raiseError(call, ERROR_TYPE, `${datatype} is not a datatype`);
  if (count < 0) return raiseError(call, ERROR_COUNT, `count ${count} is negative`);
  const kind: i32 = typedArrayKind(buffer);
  if (!arrayCarries(kind, datatype)) {
    return raiseError(call, ERROR_TYPE, `${datatypeName(datatype)} cannot be carried by a ${arrayKindName(kind)}`);
  }
  const needed: i64 = i64(count) * i64(datatypeSize(datatype));
  const available: i64 = i64(typedArrayLength(buffer)) * i64(typedArrayElementBytes(kind));
  if (needed > LARGEST_MESSAGE) return raiseError(call, ERROR_COUNT, `count ${count} of ${datatypeName(datatype)} is over 2 GiB`);
  if (needed > available) {
    return raiseError(call, ERROR_COUNT,
      `count ${count} of ${datatypeName(datatype)} needs ${needed} bytes; the ${arrayKindName(kind)} holds ${typedArrayLength(buffer)} elements (${available} bytes)`);
  }
  return ERROR_SUCCESS;
}

/** A buffer of `blocks` × `count` elements (a root's gather or scatter buffer). */
export function checkBlocks(call: string, buffer: object, blocks: i32, count: i32, datatype: i32): i32 {
  if (count < 0) return raiseError(call, ERROR_COUNT, `count ${count} is negative`);
  const total: i64 = i64(blocks) * i64(count);
  if (total > 2147483647) return raiseError(call, ERROR_COUNT, `${blocks} blocks of ${count} elements are too many`);
  return checkBuffer(call, buffer, i32(total), datatype);
}

/** A destination: a rank or MPI_PROC_NULL. */
export function checkDestination(call: string, rank: i32): i32 {
  if (rank === PROC_NULL || (rank >= 0 && rank < coreCount())) return ERROR_SUCCESS;
  return raiseError(call, ERROR_RANK, `invalid destination rank ${rank} (ranks are 0 to ${coreCount() - 1})`);
}

/** A source: a rank, MPI_ANY_SOURCE or MPI_PROC_NULL. */
export function checkSource(call: string, rank: i32): i32 {
  if (rank === ANY_SOURCE || rank === PROC_NULL || (rank >= 0 && rank < coreCount())) return ERROR_SUCCESS;
  return raiseError(call, ERROR_RANK, `invalid source rank ${rank} (ranks are 0 to ${coreCount() - 1})`);
}

export function checkRoot(call: string, root: i32): i32 {
  if (root >= 0 && root < coreCount()) return ERROR_SUCCESS;
  return raiseError(call, ERROR_ROOT, `invalid root ${root} (ranks are 0 to ${coreCount() - 1})`);
}

/** A tag to send with: 0 or more (MPI_TAG_UB is 2^31 - 1). */
export function checkSendTag(call: string, tag: i32): i32 {
  if (tag >= 0) return ERROR_SUCCESS;
  return raiseError(call, ERROR_TAG, `invalid tag ${tag} (tags are 0 to 2147483647)`);
}

/** A tag to receive with: 0 or more, or MPI_ANY_TAG. */
export function checkReceiveTag(call: string, tag: i32): i32 {
  if (tag >= 0 || tag === ANY_TAG) return ERROR_SUCCESS;
  return raiseError(call, ERROR_TAG, `invalid tag ${tag} (tags are 0 to 2147483647, or MPI_ANY_TAG)`);
}

export function checkOperation(call: string, op: i32, datatype: i32): i32 {
  if (!isOperation(op)) return raiseError(call, ERROR_OP, `${op} is not an operation`);
  if (!operationApplies(op, datatype)) {
    return raiseError(call, ERROR_OP, `${operationName(op)} is not defined on ${datatypeName(datatype)}`);
  }
  return ERROR_SUCCESS;
}

/** A request array with room for `count` handles. */
export function checkRequests(call: string, requests: Int32Array, count: i32): i32 {
  if (count < 0) return raiseError(call, ERROR_COUNT, `count ${count} is negative`);
  if (count > requests.length) return raiseError(call, ERROR_BUFFER, `${count} requests, but the array holds ${requests.length}`);
  return ERROR_SUCCESS;
}

/** The bytes `count` elements of `datatype` take. */
export function byteCount(count: i32, datatype: i32): usize {
  return usize(count) * usize(datatypeSize(datatype));
}

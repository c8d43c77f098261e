// toro/mpi: the core of MPI for programs in the dialect, one rank per core.
// README.md beside this file documents the calls, the algorithms and what
// differs from the standard; the short form:
//
// - C's names and argument order. Buffers are typed arrays (`subarray` for
//   offsets); the datatype must be one the array can carry (datatypes.ts).
// - `int *` out-parameters are Int32Arrays whose element 0 receives the value
//   (`MPI_Comm_rank(MPI_COMM_WORLD, rank)` with `const rank = new Int32Array(1)`);
//   requests are handles in Int32Arrays too (`request.subarray(j)` is C's
//   `request + j`).
// - Every call returns MPI_SUCCESS or an error class; by default an error is
//   fatal (errors.ts).
// - Only MPI_COMM_WORLD; one thread per rank calls MPI (THREAD_FUNNELED).
import { coreCount, currentCore } from "../kernel/core_identity";
import { atInstanceEnd } from "../kernel/instance_exit";
import { abortRun } from "../kernel/panic";
import { cycleFrequency, secondsSinceBoot } from "../kernel/time/clock";
import { addressOf, elementsAddress } from "toro/unsafe";
import {
  COMM_WORLD,
  byteCount,
  checkActive,
  checkBlocks,
  checkBuffer,
  checkCommunicator,
  checkDestination,
  checkOperation,
  checkReceiveTag,
  checkRequests,
  checkRoot,
  checkSendTag,
  checkSource,
  isFinalized,
  isInitialized,
  markFinalized,
  markInitialized,
} from "./checks";
import { allgather } from "./collectives/allgather";
import { beginCollective } from "./collectives/transport";
import { allreduce } from "./collectives/allreduce";
import { alltoall } from "./collectives/alltoall";
import { barrier } from "./collectives/barrier";
import { broadcast } from "./collectives/bcast";
import { gather } from "./collectives/gather";
import { reduce } from "./collectives/reduce";
import { scatter } from "./collectives/scatter";
import { datatypeSize, isDatatype } from "./datatypes";
import { CONTEXT_POINT_TO_POINT } from "./envelope";
import {
  ERROR_ARG,
  ERROR_COUNT,
  ERROR_OTHER,
  ERROR_REQUEST,
  ERROR_SUCCESS,
  ERROR_TRUNCATE,
  ERROR_TYPE,
  HANDLER_ERRORS_ARE_FATAL,
  HANDLER_ERRORS_RETURN,
  errorDescription,
  isErrorClass,
  raiseError,
  setWorldErrorHandler,
} from "./errors";
import { reportUnfinished } from "./finish_report";
import { messageLengthOf, messageSourceOf, messageTagOf } from "./matching";
import {
  EAGER_LIMIT,
  NEEDS_REQUEST,
  SOURCE_ENDED,
  awaitRequest,
  drainOutbox,
  probeUnexpected,
  progress,
  receiveEagerAtOnce,
  sendEagerAtOnce,
  startReceive,
  startSend,
} from "./progress";
import {
  FAILURE_PEER_ENDED,
  FAILURE_TRUNCATED,
  NO_FAILURE,
  isLiveRequest,
  releaseRequest,
  requestBytes,
  requestComplete,
  requestFailure,
  requestKind,
  requestPeer,
  requestStatusBytes,
  requestStatusSource,
  requestStatusTag,
  REQUEST_RECEIVE,
} from "./requests";

// ---- constants (MPICH's values where it has them) -------------------------------

export const MPI_SUCCESS: i32 = 0;
export const MPI_ERR_BUFFER: i32 = 1;
export const MPI_ERR_COUNT: i32 = 2;
export const MPI_ERR_TYPE: i32 = 3;
export const MPI_ERR_TAG: i32 = 4;
export const MPI_ERR_COMM: i32 = 5;
export const MPI_ERR_RANK: i32 = 6;
export const MPI_ERR_REQUEST: i32 = 7;
export const MPI_ERR_ROOT: i32 = 8;
export const MPI_ERR_OP: i32 = 10;
export const MPI_ERR_ARG: i32 = 13;
export const MPI_ERR_UNKNOWN: i32 = 14;
export const MPI_ERR_TRUNCATE: i32 = 15;
export const MPI_ERR_OTHER: i32 = 16;
export const MPI_ERR_INTERN: i32 = 17;
export const MPI_ERR_IN_STATUS: i32 = 18;
export const MPI_ERR_LASTCODE: i32 = 19;

export const MPI_COMM_WORLD: i32 = 1;
export const MPI_ANY_SOURCE: i32 = -2;
export const MPI_ANY_TAG: i32 = -1;
export const MPI_PROC_NULL: i32 = -1;
export const MPI_REQUEST_NULL: i32 = 0;
export const MPI_UNDEFINED: i32 = -32766;
export const MPI_TAG_UB: i32 = 2147483647;
export const MPI_ERRORS_ARE_FATAL: i32 = 1;
export const MPI_ERRORS_RETURN: i32 = 2;
export const MPI_MAX_ERROR_STRING: i32 = 512;

export const MPI_CHAR: i32 = 1;
export const MPI_SIGNED_CHAR: i32 = 2;
export const MPI_UNSIGNED_CHAR: i32 = 3;
export const MPI_BYTE: i32 = 4;
export const MPI_SHORT: i32 = 5;
export const MPI_UNSIGNED_SHORT: i32 = 6;
export const MPI_INT: i32 = 7;
export const MPI_UNSIGNED: i32 = 8;
export const MPI_LONG: i32 = 9;
export const MPI_UNSIGNED_LONG: i32 = 10;
export const MPI_LONG_LONG: i32 = 11;
export const MPI_LONG_LONG_INT: i32 = 11;
export const MPI_UNSIGNED_LONG_LONG: i32 = 12;
export const MPI_FLOAT: i32 = 13;
export const MPI_DOUBLE: i32 = 14;
export const MPI_INT8_T: i32 = 15;
export const MPI_UINT8_T: i32 = 16;
export const MPI_INT16_T: i32 = 17;
export const MPI_UINT16_T: i32 = 18;
export const MPI_INT32_T: i32 = 19;
export const MPI_UINT32_T: i32 = 20;
export const MPI_INT64_T: i32 = 21;
export const MPI_UINT64_T: i32 = 22;

export const MPI_MAX: i32 = 1;
export const MPI_MIN: i32 = 2;
export const MPI_SUM: i32 = 3;
export const MPI_PROD: i32 = 4;
export const MPI_LAND: i32 = 5;
export const MPI_BAND: i32 = 6;
export const MPI_LOR: i32 = 7;
export const MPI_BOR: i32 = 8;
export const MPI_LXOR: i32 = 9;
export const MPI_BXOR: i32 = 10;

/** Any typed array: a message buffer. */
export type MPI_Buffer =
  Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array |
  BigInt64Array | BigUint64Array | Float32Array | Float64Array;

/** What a receive got: C's MPI_Status (count_bytes is what MPI_Get_count reads). */
export class MPI_Status {
  MPI_SOURCE: i32 = MPI_ANY_SOURCE;
  MPI_TAG: i32 = MPI_ANY_TAG;
  MPI_ERROR: i32 = MPI_SUCCESS;
  count_bytes: i32 = 0;
}

/** C's `MPI_Status statuses[n]` for MPI_Waitall: `at(i)` is status i. */
export class MPI_StatusArray {
  length: i32;
  sources: Int32Array;
  tags: Int32Array;
  errors: Int32Array;
  countBytes: Int32Array;

  constructor(length: i32) {
    this.length = length;
    this.sources = new Int32Array(length);
    this.tags = new Int32Array(length);
    this.errors = new Int32Array(length);
    this.countBytes = new Int32Array(length);
  }

  at(index: i32): MPI_Status {
    const status: MPI_Status = new MPI_Status();
    status.MPI_SOURCE = this.sources[index];
    status.MPI_TAG = this.tags[index];
    status.MPI_ERROR = this.errors[index];
    status.count_bytes = this.countBytes[index];
    return status;
  }
}

/** Passed as a send buffer (or a root's receive buffer) where the standard allows "in place". */
export const MPI_IN_PLACE: Uint8Array = new Uint8Array(0);
export const MPI_STATUS_IGNORE: MPI_Status = new MPI_Status();
export const MPI_STATUSES_IGNORE: MPI_StatusArray = new MPI_StatusArray(0);

// ---- set-up and environment -----------------------------------------------------

export function MPI_Init(): i32 {
  if (isInitialized()) return raiseError("MPI_Init", ERROR_OTHER, "MPI_Init was already called");
  markInitialized();
  atInstanceEnd(reportUnfinished);
  return MPI_SUCCESS;
}

/**
 * Waits for every rank to finalize (as MPICH's does), then sends whatever
 * still waits in the outbox, the barrier's own messages included: a rank
 * that left with one there would leave its receiver waiting for ever.
 */
export function MPI_Finalize(): i32 {
  const active: i32 = checkActive("MPI_Finalize");
  if (active !== MPI_SUCCESS) return active;
  beginCollective("MPI_Finalize");
  barrier();
  drainOutbox();
  markFinalized();
  return MPI_SUCCESS;
}

export function MPI_Initialized(flag: Int32Array): i32 {
  flag[0] = isInitialized() ? 1 : 0;
  return MPI_SUCCESS;
}

export function MPI_Finalized(flag: Int32Array): i32 {
  flag[0] = isFinalized() ? 1 : 0;
  return MPI_SUCCESS;
}

/** Ends every rank; the run's exit status is `errorcode` (0..127; others become 127). */
export function MPI_Abort(comm: i32, errorcode: i32): i32 {
  const status: i32 = errorcode >= 0 && errorcode <= 127 ? errorcode : 127;
  abortRun(`MPI_Abort(comm ${comm}, ${errorcode}) called on rank ${currentCore()}`, status);
  return MPI_SUCCESS;
}

export function MPI_Comm_rank(comm: i32, rank: Int32Array): i32 {
  const checked: i32 = checkCommunicator("MPI_Comm_rank", comm);
  if (checked !== MPI_SUCCESS) return checked;
  rank[0] = currentCore();
  return MPI_SUCCESS;
}

export function MPI_Comm_size(comm: i32, size: Int32Array): i32 {
  const checked: i32 = checkCommunicator("MPI_Comm_size", comm);
  if (checked !== MPI_SUCCESS) return checked;
  size[0] = coreCount();
  return MPI_SUCCESS;
}

/** Seconds since boot, from the TSC: every core reads the same clock (MPI_WTIME_IS_GLOBAL). */
export function MPI_Wtime(): f64 {
  return secondsSinceBoot();
}

export function MPI_Wtick(): f64 {
  return 1.0 / cycleFrequency();
}

export function MPI_Comm_set_errhandler(comm: i32, handler: i32): i32 {
  const checked: i32 = checkCommunicator("MPI_Comm_set_errhandler", comm);
  if (checked !== MPI_SUCCESS) return checked;
  if (handler !== HANDLER_ERRORS_ARE_FATAL && handler !== HANDLER_ERRORS_RETURN) {
    return raiseError("MPI_Comm_set_errhandler", ERROR_ARG, `${handler} is not an error handler`);
  }
  setWorldErrorHandler(handler);
  return MPI_SUCCESS;
}

/** The text of an error class (a string, where C fills a buffer). */
export function MPI_Error_string(errorcode: i32): string {
  return errorDescription(errorcode);
}

export function MPI_Error_class(errorcode: i32, errorclass: Int32Array): i32 {
  if (!isErrorClass(errorcode)) return raiseError("MPI_Error_class", ERROR_ARG, `${errorcode} is not an error code`);
  errorclass[0] = errorcode;
  return MPI_SUCCESS;
}

export function MPI_Type_size(datatype: i32, size: Int32Array): i32 {
  if (!isDatatype(datatype)) return raiseError("MPI_Type_size", ERROR_TYPE, `${datatype} is not a datatype`);
  size[0] = datatypeSize(datatype);
  return MPI_SUCCESS;
}

/** The number of `datatype` elements a receive got, or MPI_UNDEFINED if not a whole number. */
export function MPI_Get_count(status: MPI_Status, datatype: i32, count: Int32Array): i32 {
  if (!isDatatype(datatype)) return raiseError("MPI_Get_count", ERROR_TYPE, `${datatype} is not a datatype`);
  const size: i32 = datatypeSize(datatype);
  count[0] = status.count_bytes % size === 0 ? status.count_bytes / size : MPI_UNDEFINED;
  return MPI_SUCCESS;
}

// ---- point to point -----------------------------------------------------------------

export function MPI_Send(buf: MPI_Buffer, count: i32, datatype: i32, dest: i32, tag: i32, comm: i32): i32 {
  const checked: i32 = checkSend("MPI_Send", buf, count, datatype, dest, tag, comm);
  if (checked !== MPI_SUCCESS) return checked;
  const bytes: u32 = u32(byteCount(count, datatype));
  if (dest !== MPI_PROC_NULL && bytes <= EAGER_LIMIT) {
    if (sendEagerAtOnce(CONTEXT_POINT_TO_POINT, dest, tag, elementsAddress(buf), bytes)) return MPI_SUCCESS;
    return peerEndedBeforeReceiving("MPI_Send", dest);
  }
  const handle: i32 = startSend(CONTEXT_POINT_TO_POINT, dest, tag, elementsAddress(buf), bytes);
  awaitRequest(handle);
  return finishRequest("MPI_Send", handle, MPI_STATUS_IGNORE);
}

export function MPI_Recv(buf: MPI_Buffer, count: i32, datatype: i32, source: i32, tag: i32, comm: i32, status: MPI_Status): i32 {
  const checked: i32 = checkReceive("MPI_Recv", buf, count, datatype, source, tag, comm);
  if (checked !== MPI_SUCCESS) return checked;
  const capacity: u32 = u32(byteCount(count, datatype));
  if (source !== MPI_PROC_NULL && source !== MPI_ANY_SOURCE && tag !== MPI_ANY_TAG) {
    const received: i64 = receiveEagerAtOnce(CONTEXT_POINT_TO_POINT, source, tag, elementsAddress(buf), capacity);
    if (received === SOURCE_ENDED) return reportTransfer("MPI_Recv", true, source, capacity, FAILURE_PEER_ENDED, source, -1, 0, status);
    if (received !== NEEDS_REQUEST) {
      const truncated: boolean = received > i64(capacity);
      return reportTransfer("MPI_Recv", true, source, capacity, truncated ? FAILURE_TRUNCATED : NO_FAILURE, source, tag, truncated ? capacity : u32(received), status);
    }
  }
  const handle: i32 = startReceive(CONTEXT_POINT_TO_POINT, source, tag, elementsAddress(buf), capacity);
  awaitRequest(handle);
  return finishRequest("MPI_Recv", handle, status);
}

export function MPI_Isend(buf: MPI_Buffer, count: i32, datatype: i32, dest: i32, tag: i32, comm: i32, request: Int32Array): i32 {
  const checked: i32 = checkSend("MPI_Isend", buf, count, datatype, dest, tag, comm);
  if (checked !== MPI_SUCCESS) return checked;
  request[0] = startSend(CONTEXT_POINT_TO_POINT, dest, tag, elementsAddress(buf), u32(byteCount(count, datatype)));
  return MPI_SUCCESS;
}

export function MPI_Irecv(buf: MPI_Buffer, count: i32, datatype: i32, source: i32, tag: i32, comm: i32, request: Int32Array): i32 {
  const checked: i32 = checkReceive("MPI_Irecv", buf, count, datatype, source, tag, comm);
  if (checked !== MPI_SUCCESS) return checked;
  request[0] = startReceive(CONTEXT_POINT_TO_POINT, source, tag, elementsAddress(buf), u32(byteCount(count, datatype)));
  return MPI_SUCCESS;
}

export function MPI_Sendrecv(
  sendbuf: MPI_Buffer, sendcount: i32, sendtype: i32, dest: i32, sendtag: i32,
  recvbuf: MPI_Buffer, recvcount: i32, recvtype: i32, source: i32, recvtag: i32,
  comm: i32, status: MPI_Status,
): i32 {
  const sendChecked: i32 = checkSend("MPI_Sendrecv", sendbuf, sendcount, sendtype, dest, sendtag, comm);
  if (sendChecked !== MPI_SUCCESS) return sendChecked;
  const receiveChecked: i32 = checkReceive("MPI_Sendrecv", recvbuf, recvcount, recvtype, source, recvtag, comm);
  if (receiveChecked !== MPI_SUCCESS) return receiveChecked;
  const receive: i32 = startReceive(CONTEXT_POINT_TO_POINT, source, recvtag, elementsAddress(recvbuf), u32(byteCount(recvcount, recvtype)));
  const send: i32 = startSend(CONTEXT_POINT_TO_POINT, dest, sendtag, elementsAddress(sendbuf), u32(byteCount(sendcount, sendtype)));
  awaitRequest(send);
  awaitRequest(receive);
  const sent: i32 = finishRequest("MPI_Sendrecv", send, MPI_STATUS_IGNORE);
  const received: i32 = finishRequest("MPI_Sendrecv", receive, status);
  return sent !== MPI_SUCCESS ? sent : received;
}

export function MPI_Wait(request: Int32Array, status: MPI_Status): i32 {
  return waitForRequest("MPI_Wait", request, 0, status);
}

export function MPI_Waitall(count: i32, requests: Int32Array, statuses: MPI_StatusArray): i32 {
  const checked: i32 = checkRequests("MPI_Waitall", requests, count);
  if (checked !== MPI_SUCCESS) return checked;
  const ignore: boolean = statuses === MPI_STATUSES_IGNORE;
  if (!ignore && statuses.length < count) {
    return raiseError("MPI_Waitall", ERROR_COUNT, `${count} requests, but the status array holds ${statuses.length}`);
  }
  // As the standard says: when any request failed, the call returns
  // MPI_ERR_IN_STATUS and each status's MPI_ERROR tells which.
  let result: i32 = MPI_SUCCESS;
  const status: MPI_Status = new MPI_Status();
  for (let index: i32 = 0; index < count; index++) {
    const outcome: i32 = waitForRequest("MPI_Waitall", requests, index, status);
    if (outcome !== MPI_SUCCESS) result = MPI_ERR_IN_STATUS;
    if (!ignore) {
      statuses.sources[index] = status.MPI_SOURCE;
      statuses.tags[index] = status.MPI_TAG;
      statuses.errors[index] = outcome;
      statuses.countBytes[index] = status.count_bytes;
    }
  }
  return result;
}

export function MPI_Test(request: Int32Array, flag: Int32Array, status: MPI_Status): i32 {
  const checked: i32 = checkRequestHandle("MPI_Test", request[0]);
  if (checked !== MPI_SUCCESS) return checked;
  const handle: i32 = request[0];
  if (handle !== MPI_REQUEST_NULL) {
    progress();
    if (!requestComplete(handle)) {
      flag[0] = 0;
      return MPI_SUCCESS;
    }
  }
  flag[0] = 1;
  return waitForRequest("MPI_Test", request, 0, status);
}

export function MPI_Probe(source: i32, tag: i32, comm: i32, status: MPI_Status): i32 {
  const checked: i32 = checkProbe("MPI_Probe", source, tag, comm);
  if (checked !== MPI_SUCCESS) return checked;
  if (source === MPI_PROC_NULL) {
    procNullStatus(status);
    return MPI_SUCCESS;
  }
  const message: i32 = probeUnexpected(source, tag, CONTEXT_POINT_TO_POINT, true);
  if (message < 0) return raiseError("MPI_Probe", ERROR_OTHER, `no rank that could send a matching message is left (source ${source})`);
  messageStatus(message, status);
  return MPI_SUCCESS;
}

export function MPI_Iprobe(source: i32, tag: i32, comm: i32, flag: Int32Array, status: MPI_Status): i32 {
  const checked: i32 = checkProbe("MPI_Iprobe", source, tag, comm);
  if (checked !== MPI_SUCCESS) return checked;
  if (source === MPI_PROC_NULL) {
    flag[0] = 1;
    procNullStatus(status);
    return MPI_SUCCESS;
  }
  const message: i32 = probeUnexpected(source, tag, CONTEXT_POINT_TO_POINT, false);
  flag[0] = message >= 0 ? 1 : 0;
  if (message >= 0) messageStatus(message, status);
  return MPI_SUCCESS;
}

function checkSend(call: string, buf: MPI_Buffer, count: i32, datatype: i32, dest: i32, tag: i32, comm: i32): i32 {
  let checked: i32 = checkCommunicator(call, comm);
  if (checked === MPI_SUCCESS) checked = checkBuffer(call, buf, count, datatype);
  if (checked === MPI_SUCCESS) checked = checkDestination(call, dest);
  if (checked === MPI_SUCCESS) checked = checkSendTag(call, tag);
  return checked;
}

function checkReceive(call: string, buf: MPI_Buffer, count: i32, datatype: i32, source: i32, tag: i32, comm: i32): i32 {
  let checked: i32 = checkCommunicator(call, comm);
  if (checked === MPI_SUCCESS) checked = checkBuffer(call, buf, count, datatype);
  if (checked === MPI_SUCCESS) checked = checkSource(call, source);
  if (checked === MPI_SUCCESS) checked = checkReceiveTag(call, tag);
  return checked;
}

function checkProbe(call: string, source: i32, tag: i32, comm: i32): i32 {
  let checked: i32 = checkCommunicator(call, comm);
  if (checked === MPI_SUCCESS) checked = checkSource(call, source);
  if (checked === MPI_SUCCESS) checked = checkReceiveTag(call, tag);
  return checked;
}

/** Waits for the request in requests[index] (none for MPI_REQUEST_NULL), fills `status`, and nulls the handle. */
function waitForRequest(call: string, requests: Int32Array, index: i32, status: MPI_Status): i32 {
  const handle: i32 = requests[index];
  const checked: i32 = checkRequestHandle(call, handle);
  if (checked !== MPI_SUCCESS) return checked;
  if (handle === MPI_REQUEST_NULL) {
    emptyStatus(status);
    return MPI_SUCCESS;
  }
  awaitRequest(handle);
  requests[index] = MPI_REQUEST_NULL;
  return finishRequest(call, handle, status);
}

function checkRequestHandle(call: string, handle: i32): i32 {
  const active: i32 = checkActive(call);
  if (active !== MPI_SUCCESS) return active;
  if (handle === MPI_REQUEST_NULL || isLiveRequest(handle)) return MPI_SUCCESS;
  return raiseError(call, ERROR_REQUEST, `${handle} is not an active request`);
}

/** Fills `status` from a finished request, releases it, and reports how it ended. */
function finishRequest(call: string, handle: i32, status: MPI_Status): i32 {
  const failure: i32 = requestFailure(handle);
  const isReceive: boolean = requestKind(handle) === REQUEST_RECEIVE;
  const peer: i32 = requestPeer(handle);
  const capacity: u32 = requestBytes(handle);
  const source: i32 = requestStatusSource(handle);
  const tag: i32 = requestStatusTag(handle);
  const bytes: u32 = requestStatusBytes(handle);
  releaseRequest(handle);
  return reportTransfer(call, isReceive, peer, capacity, failure, source, tag, bytes, status);
}

/**
 * The status and the result of a finished transfer (with a request or
 * without one): a receive fills the status's source, tag and count; a
 * failure becomes its error class, raised through the error handler.
 */
function reportTransfer(
  call: string, isReceive: boolean, peer: i32, capacity: u32,
  failure: i32, source: i32, tag: i32, bytes: u32, status: MPI_Status,
): i32 {
  if (isReceive) {
    status.MPI_SOURCE = source;
    status.MPI_TAG = tag;
    status.count_bytes = i32(bytes);
  }
  let result: i32 = MPI_SUCCESS;
  if (failure === FAILURE_TRUNCATED) {
    result = raiseError(call, ERROR_TRUNCATE,
      `a message from rank ${source} (tag ${tag}) is longer than the ${capacity}-byte receive buffer`);
  } else if (failure === FAILURE_PEER_ENDED) {
    result = isReceive
      ? raiseError(call, ERROR_OTHER, `no matching message can come any more: rank ${peerName(peer)} has ended`)
      : peerEndedBeforeReceiving(call, peer);
  }
  status.MPI_ERROR = result;
  return result;
}

function peerEndedBeforeReceiving(call: string, peer: i32): i32 {
  return raiseError(call, ERROR_OTHER, `rank ${peer} ended before receiving the message`);
}

function peerName(peer: i32): string {
  return peer === MPI_ANY_SOURCE ? "every other" : `${peer}`;
}

function emptyStatus(status: MPI_Status): void {
  status.MPI_SOURCE = MPI_ANY_SOURCE;
  status.MPI_TAG = MPI_ANY_TAG;
  status.MPI_ERROR = MPI_SUCCESS;
  status.count_bytes = 0;
}

function procNullStatus(status: MPI_Status): void {
  emptyStatus(status);
  status.MPI_SOURCE = MPI_PROC_NULL;
}

function messageStatus(message: i32, status: MPI_Status): void {
  status.MPI_SOURCE = messageSourceOf(message);
  status.MPI_TAG = messageTagOf(message);
  status.MPI_ERROR = MPI_SUCCESS;
  status.count_bytes = i32(messageLengthOf(message));
}

// ---- collectives --------------------------------------------------------------------

export function MPI_Barrier(comm: i32): i32 {
  const checked: i32 = checkCommunicator("MPI_Barrier", comm);
  if (checked !== MPI_SUCCESS) return checked;
  beginCollective("MPI_Barrier");
  barrier();
  return MPI_SUCCESS;
}

export function MPI_Bcast(buffer: MPI_Buffer, count: i32, datatype: i32, root: i32, comm: i32): i32 {
  let checked: i32 = checkCommunicator("MPI_Bcast", comm);
  if (checked === MPI_SUCCESS) checked = checkRoot("MPI_Bcast", root);
  if (checked === MPI_SUCCESS) checked = checkBuffer("MPI_Bcast", buffer, count, datatype);
  if (checked !== MPI_SUCCESS) return checked;
  beginCollective("MPI_Bcast");
  broadcast(elementsAddress(buffer), byteCount(count, datatype), root);
  return MPI_SUCCESS;
}

export function MPI_Reduce(sendbuf: MPI_Buffer, recvbuf: MPI_Buffer, count: i32, datatype: i32, op: i32, root: i32, comm: i32): i32 {
  let checked: i32 = checkCommunicator("MPI_Reduce", comm);
  if (checked === MPI_SUCCESS) checked = checkRoot("MPI_Reduce", root);
  if (checked !== MPI_SUCCESS) return checked;
  const isRoot: boolean = currentCore() === root;
  const inPlace: boolean = isRoot && isInPlace(sendbuf);
  if (!inPlace) checked = checkBuffer("MPI_Reduce", sendbuf, count, datatype);
  if (checked === MPI_SUCCESS && isRoot) checked = checkBuffer("MPI_Reduce", recvbuf, count, datatype);
  if (checked === MPI_SUCCESS) checked = checkOperation("MPI_Reduce", op, datatype);
  if (checked !== MPI_SUCCESS) return checked;
  beginCollective("MPI_Reduce");
  reduce(elementsAddress(sendbuf), elementsAddress(recvbuf), count, datatype, op, root, inPlace);
  return MPI_SUCCESS;
}

export function MPI_Allreduce(sendbuf: MPI_Buffer, recvbuf: MPI_Buffer, count: i32, datatype: i32, op: i32, comm: i32): i32 {
  let checked: i32 = checkCommunicator("MPI_Allreduce", comm);
  if (checked !== MPI_SUCCESS) return checked;
  const inPlace: boolean = isInPlace(sendbuf);
  if (!inPlace) checked = checkBuffer("MPI_Allreduce", sendbuf, count, datatype);
  if (checked === MPI_SUCCESS) checked = checkBuffer("MPI_Allreduce", recvbuf, count, datatype);
  if (checked === MPI_SUCCESS) checked = checkOperation("MPI_Allreduce", op, datatype);
  if (checked !== MPI_SUCCESS) return checked;
  beginCollective("MPI_Allreduce");
  allreduce(elementsAddress(sendbuf), elementsAddress(recvbuf), count, datatype, op, inPlace);
  return MPI_SUCCESS;
}

export function MPI_Gather(
  sendbuf: MPI_Buffer, sendcount: i32, sendtype: i32, recvbuf: MPI_Buffer, recvcount: i32, recvtype: i32, root: i32, comm: i32,
): i32 {
  let checked: i32 = checkCommunicator("MPI_Gather", comm);
  if (checked === MPI_SUCCESS) checked = checkRoot("MPI_Gather", root);
  if (checked !== MPI_SUCCESS) return checked;
  const isRoot: boolean = currentCore() === root;
  const inPlace: boolean = isRoot && isInPlace(sendbuf);
  if (isRoot) checked = checkBlocks("MPI_Gather", recvbuf, coreCount(), recvcount, recvtype);
  if (checked === MPI_SUCCESS && !inPlace) checked = checkBuffer("MPI_Gather", sendbuf, sendcount, sendtype);
  if (checked === MPI_SUCCESS && isRoot && !inPlace) checked = checkSameSize("MPI_Gather", sendcount, sendtype, recvcount, recvtype);
  if (checked !== MPI_SUCCESS) return checked;
  const blockBytes: usize = isRoot ? byteCount(recvcount, recvtype) : byteCount(sendcount, sendtype);
  beginCollective("MPI_Gather");
  gather(elementsAddress(sendbuf), blockBytes, elementsAddress(recvbuf), root, inPlace);
  return MPI_SUCCESS;
}

export function MPI_Scatter(
  sendbuf: MPI_Buffer, sendcount: i32, sendtype: i32, recvbuf: MPI_Buffer, recvcount: i32, recvtype: i32, root: i32, comm: i32,
): i32 {
  let checked: i32 = checkCommunicator("MPI_Scatter", comm);
  if (checked === MPI_SUCCESS) checked = checkRoot("MPI_Scatter", root);
  if (checked !== MPI_SUCCESS) return checked;
  const isRoot: boolean = currentCore() === root;
  const inPlace: boolean = isRoot && isInPlace(recvbuf);
  if (isRoot) checked = checkBlocks("MPI_Scatter", sendbuf, coreCount(), sendcount, sendtype);
  if (checked === MPI_SUCCESS && !inPlace) checked = checkBuffer("MPI_Scatter", recvbuf, recvcount, recvtype);
  if (checked === MPI_SUCCESS && isRoot && !inPlace) checked = checkSameSize("MPI_Scatter", sendcount, sendtype, recvcount, recvtype);
  if (checked !== MPI_SUCCESS) return checked;
  const blockBytes: usize = isRoot ? byteCount(sendcount, sendtype) : byteCount(recvcount, recvtype);
  beginCollective("MPI_Scatter");
  scatter(elementsAddress(sendbuf), blockBytes, elementsAddress(recvbuf), root, inPlace);
  return MPI_SUCCESS;
}

export function MPI_Allgather(
  sendbuf: MPI_Buffer, sendcount: i32, sendtype: i32, recvbuf: MPI_Buffer, recvcount: i32, recvtype: i32, comm: i32,
): i32 {
  let checked: i32 = checkCommunicator("MPI_Allgather", comm);
  if (checked !== MPI_SUCCESS) return checked;
  const inPlace: boolean = isInPlace(sendbuf);
  checked = checkBlocks("MPI_Allgather", recvbuf, coreCount(), recvcount, recvtype);
  if (checked === MPI_SUCCESS && !inPlace) checked = checkBuffer("MPI_Allgather", sendbuf, sendcount, sendtype);
  if (checked === MPI_SUCCESS && !inPlace) checked = checkSameSize("MPI_Allgather", sendcount, sendtype, recvcount, recvtype);
  if (checked !== MPI_SUCCESS) return checked;
  beginCollective("MPI_Allgather");
  allgather(elementsAddress(sendbuf), byteCount(recvcount, recvtype), elementsAddress(recvbuf), inPlace);
  return MPI_SUCCESS;
}

export function MPI_Alltoall(
  sendbuf: MPI_Buffer, sendcount: i32, sendtype: i32, recvbuf: MPI_Buffer, recvcount: i32, recvtype: i32, comm: i32,
): i32 {
  let checked: i32 = checkCommunicator("MPI_Alltoall", comm);
  if (checked !== MPI_SUCCESS) return checked;
  const inPlace: boolean = isInPlace(sendbuf);
  checked = checkBlocks("MPI_Alltoall", recvbuf, coreCount(), recvcount, recvtype);
  if (checked === MPI_SUCCESS && !inPlace) checked = checkBlocks("MPI_Alltoall", sendbuf, coreCount(), sendcount, sendtype);
  if (checked === MPI_SUCCESS && !inPlace) checked = checkSameSize("MPI_Alltoall", sendcount, sendtype, recvcount, recvtype);
  if (checked !== MPI_SUCCESS) return checked;
  beginCollective("MPI_Alltoall");
  alltoall(elementsAddress(sendbuf), byteCount(recvcount, recvtype), elementsAddress(recvbuf), inPlace);
  return MPI_SUCCESS;
}

function isInPlace(buffer: MPI_Buffer): boolean {
  return addressOf(buffer) === addressOf(MPI_IN_PLACE);
}

/** The send and receive sides of a block must be the same number of bytes (one type signature). */
function checkSameSize(call: string, sendcount: i32, sendtype: i32, recvcount: i32, recvtype: i32): i32 {
  const sendBytes: usize = byteCount(sendcount, sendtype);
  const receiveBytes: usize = byteCount(recvcount, recvtype);
  if (sendBytes === receiveBytes) return MPI_SUCCESS;
  return raiseError(call, ERROR_TRUNCATE, `each rank sends ${sendBytes} bytes but the receive blocks are ${receiveBytes} bytes`);
}

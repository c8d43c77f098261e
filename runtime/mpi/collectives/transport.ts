// How the collectives move data: point-to-point transfers in the collective
// context, which user messages never match (progress.ts does the work).
// Every rank calls the collectives in the same order, and messages between
// two ranks with one tag match in the order sent, so each collective may use
// one fixed tag. A peer that ends in the middle of a collective is a fatal
// error: the collective can never finish.
import { CONTEXT_COLLECTIVE } from "../envelope";
import { raiseError, ERROR_OTHER } from "../errors";
import { EAGER_LIMIT, NEEDS_REQUEST, SOURCE_ENDED, awaitRequest, receiveEagerAtOnce, sendEagerAtOnce, startReceive, startSend } from "../progress";
import {
  FAILURE_PEER_ENDED,
  NO_FAILURE,
  REQUEST_RECEIVE,
  releaseRequest,
  requestBytes,
  requestFailure,
  requestKind,
  requestPeer,
  requestStatusBytes,
  requestStatusSource,
} from "../requests";

/** What collectiveStartSend returns for an eager send: it completed as it was posted. */
const SENT_AT_ONCE: i32 = 0;

/** The public call in progress, for error messages. */
let callName: string = "a collective";

/** Names the public call whose transfers follow (MPI_Bcast, ...). */
export function beginCollective(call: string): void {
  callName = call;
}

/** Sends and returns when the buffer may be reused. */
export function collectiveSend(destination: i32, address: usize, bytes: usize, tag: i32): void {
  collectiveWait(collectiveStartSend(destination, address, bytes, tag));
}

/** Receives exactly `bytes` bytes; an eager message without a request when it can (progress.ts). */
export function collectiveReceive(source: i32, address: usize, bytes: usize, tag: i32): void {
  const received: i64 = bytes <= usize(EAGER_LIMIT) ? receiveEagerAtOnce(CONTEXT_COLLECTIVE, source, tag, address, u32(bytes)) : NEEDS_REQUEST;
  if (received === NEEDS_REQUEST) {
    collectiveWait(collectiveStartReceive(source, address, bytes, tag));
  } else if (received === SOURCE_ENDED) {
    peerEnded(source);
  } else if (received !== i64(bytes)) {
    sizesDisagree(source, bytes);
  }
}

/**
 * Starts a send; collectiveWait completes it. An eager one (most collective
 * steps of small messages) is posted at once, with no request to keep.
 */
export function collectiveStartSend(destination: i32, address: usize, bytes: usize, tag: i32): i32 {
  if (bytes <= usize(EAGER_LIMIT)) {
    if (!sendEagerAtOnce(CONTEXT_COLLECTIVE, destination, tag, address, u32(bytes))) peerEnded(destination);
    return SENT_AT_ONCE;
  }
  return startSend(CONTEXT_COLLECTIVE, destination, tag, address, u32(bytes));
}

export function collectiveStartReceive(source: i32, address: usize, bytes: usize, tag: i32): i32 {
  return startReceive(CONTEXT_COLLECTIVE, source, tag, address, u32(bytes));
}

/** Waits for a transfer and releases its handle. */
export function collectiveWait(handle: i32): void {
  if (handle === SENT_AT_ONCE) return;
  awaitRequest(handle);
  const failure: i32 = requestFailure(handle);
  if (failure === FAILURE_PEER_ENDED) {
    peerEnded(requestPeer(handle));
  } else if (failure !== NO_FAILURE || (requestKind(handle) === REQUEST_RECEIVE && requestStatusBytes(handle) !== requestBytes(handle))) {
    sizesDisagree(requestStatusSource(handle), usize(requestBytes(handle)));
  }
  releaseRequest(handle);
}

/** Waits for the first `count` handles of `handles`. */
export function collectiveWaitAll(handles: Int32Array, count: i32): void {
  for (let index: i32 = 0; index < count; index++) {
    collectiveWait(handles[index]);
  }
}

function peerEnded(peer: i32): void {
  raiseError(callName, ERROR_OTHER, `rank ${peer} ended (or finalized) before taking part`);
}

function sizesDisagree(source: i32, expected: usize): void {
  raiseError(callName, ERROR_OTHER, `ranks disagree on the size of a message: rank ${source} sent more or less than the ${expected} bytes expected`);
}

// The request table: every send or receive in progress on this rank, by
// handle (index + 1; 0 is MPI_REQUEST_NULL). Columns, not objects, so that
// queues can link requests by index and nothing is ever null. The table
// doubles when full.
//
// A request is ACTIVE until its data has moved (a send: its buffer may be
// reused; a receive: the data is in its buffer), then COMPLETE with its
// status filled in, until the caller releases it.

import { widenInt32, widenUint32, widenUint64 } from "./columns";

export const REQUEST_FREE: i32 = 0;
export const REQUEST_ACTIVE: i32 = 1;
export const REQUEST_COMPLETE: i32 = 2;

export const REQUEST_SEND: i32 = 1;
export const REQUEST_RECEIVE: i32 = 2;

/** Why a request failed (requestFailure); NO_FAILURE when it did not. */
export const NO_FAILURE: i32 = 0;
export const FAILURE_TRUNCATED: i32 = 1;
export const FAILURE_PEER_ENDED: i32 = 2;

/** Links end here (request and message queues). */
export const NO_LINK: i32 = -1;

let capacity: i32 = 0;
let state: Int32Array = new Int32Array(0);
let kind: Int32Array = new Int32Array(0);
let context: Int32Array = new Int32Array(0);
let peer: Int32Array = new Int32Array(0);
let tag: Int32Array = new Int32Array(0);
let address: BigUint64Array = new BigUint64Array(0);
let bytes: Uint32Array = new Uint32Array(0);
let statusSource: Int32Array = new Int32Array(0);
let statusTag: Int32Array = new Int32Array(0);
let statusBytes: Uint32Array = new Uint32Array(0);
let failure: Int32Array = new Int32Array(0);
let link: Int32Array = new Int32Array(0);
let firstFree: i32 = NO_LINK;
let activeCount: i32 = 0;

/** A new ACTIVE request; returns its handle. */
export function newRequest(requestKind: i32, requestContext: i32, requestPeer: i32, requestTag: i32, buffer: usize, length: u32): i32 {
  if (firstFree === NO_LINK) grow();
  const index: i32 = firstFree;
  firstFree = link[index];
  state[index] = REQUEST_ACTIVE;
  kind[index] = requestKind;
  context[index] = requestContext;
  peer[index] = requestPeer;
  tag[index] = requestTag;
  address[index] = u64(buffer);
  bytes[index] = length;
  statusSource[index] = -1;
  statusTag[index] = -1;
  statusBytes[index] = 0;
  failure[index] = NO_FAILURE;
  link[index] = NO_LINK;
  activeCount++;
  return index + 1;
}

/** Marks the request complete with its status. */
export function completeRequest(handle: i32, source: i32, messageTag: i32, length: u32, why: i32): void {
  const index: i32 = handle - 1;
  statusSource[index] = source;
  statusTag[index] = messageTag;
  statusBytes[index] = length;
  failure[index] = why;
  state[index] = REQUEST_COMPLETE;
  activeCount--;
}

export function releaseRequest(handle: i32): void {
  const index: i32 = handle - 1;
  if (state[index] === REQUEST_ACTIVE) activeCount--;
  state[index] = REQUEST_FREE;
  link[index] = firstFree;
  firstFree = index;
}

/** Whether `handle` names a request in use (active or complete, not yet released). */
export function isLiveRequest(handle: i32): boolean {
  return handle >= 1 && handle <= capacity && state[handle - 1] !== REQUEST_FREE;
}

export function requestComplete(handle: i32): boolean {
  return state[handle - 1] === REQUEST_COMPLETE;
}

/** How many requests are still active on this rank. */
export function activeRequests(): i32 {
  return activeCount;
}

export function requestKind(handle: i32): i32 {
  return kind[handle - 1];
}

export function requestContext(handle: i32): i32 {
  return context[handle - 1];
}

export function requestPeer(handle: i32): i32 {
  return peer[handle - 1];
}

export function requestTag(handle: i32): i32 {
  return tag[handle - 1];
}

export function requestAddress(handle: i32): usize {
  return usize(address[handle - 1]);
}

export function requestBytes(handle: i32): u32 {
  return bytes[handle - 1];
}

export function requestStatusSource(handle: i32): i32 {
  return statusSource[handle - 1];
}

export function requestStatusTag(handle: i32): i32 {
  return statusTag[handle - 1];
}

export function requestStatusBytes(handle: i32): u32 {
  return statusBytes[handle - 1];
}

export function requestFailure(handle: i32): i32 {
  return failure[handle - 1];
}

/** The next request after `handle` in whatever queue links it, or 0. */
export function requestLink(handle: i32): i32 {
  return link[handle - 1] + 1;
}

export function setRequestLink(handle: i32, next: i32): void {
  link[handle - 1] = next - 1;
}

function grow(): void {
  const larger: i32 = capacity === 0 ? 64 : capacity * 2;
  state = widenInt32(state, larger);
  kind = widenInt32(kind, larger);
  context = widenInt32(context, larger);
  peer = widenInt32(peer, larger);
  tag = widenInt32(tag, larger);
  statusSource = widenInt32(statusSource, larger);
  statusTag = widenInt32(statusTag, larger);
  failure = widenInt32(failure, larger);
  link = widenInt32(link, larger);
  statusBytes = widenUint32(statusBytes, larger);
  bytes = widenUint32(bytes, larger);
  address = widenUint64(address, larger);
  // The new rows join the free list in index order.
  for (let index: i32 = larger - 1; index >= capacity; index--) {
    link[index] = firstFree;
    firstFree = index;
  }
  capacity = larger;
}

// Matching: which receive a message belongs to.
//
// A message matches a receive when their contexts are equal, the source is
// the receive's (or the receive takes MPI_ANY_SOURCE) and so is the tag (or
// MPI_ANY_TAG). MPI's non-overtaking rule holds because both queues are kept
// in arrival order and searched from the front: messages from one source
// reach this rank in the order sent (one FIFO bus queue per pair), the first
// posted receive that matches takes an arriving message, and a new receive
// takes the oldest matching message that arrived before it.
//
// Posted receives: ACTIVE receive requests, linked through the request table.
// Unexpected messages: those that arrived before any matching receive. An
// eager one keeps its data in a manual block; a READY_TO_SEND one keeps the
// sender's data address and request, and its data is copied only once a
// receive matches (rendezvous).
import { free } from "../kernel/memory/heap";
import { widenInt32, widenUint32, widenUint64 } from "./columns";
import { NO_LINK, requestContext, requestLink, requestPeer, requestTag, setRequestLink } from "./requests";

export const ANY_SOURCE: i32 = -2;
export const ANY_TAG: i32 = -1;

let firstPosted: i32 = 0;
let lastPosted: i32 = 0;

export function matches(wantedSource: i32, wantedTag: i32, wantedContext: i32, source: i32, messageTag: i32, messageContext: i32): boolean {
  return wantedContext === messageContext &&
    (wantedSource === ANY_SOURCE || wantedSource === source) &&
    (wantedTag === ANY_TAG || wantedTag === messageTag);
}

// ---- posted receives ----------------------------------------------------------

export function postReceive(handle: i32): void {
  setRequestLink(handle, 0);
  if (lastPosted === 0) {
    firstPosted = handle;
  } else {
    setRequestLink(lastPosted, handle);
  }
  lastPosted = handle;
}

/** True while some receive is posted (a message may be for it). */
export function anyPostedReceive(): boolean {
  return firstPosted !== 0;
}

/** Takes the first posted receive matching a message, or returns 0. */
export function takePostedReceive(source: i32, messageTag: i32, messageContext: i32): i32 {
  let previous: i32 = 0;
  let handle: i32 = firstPosted;
  while (handle !== 0) {
    if (matches(requestPeer(handle), requestTag(handle), requestContext(handle), source, messageTag, messageContext)) {
      unlinkPosted(previous, handle);
      return handle;
    }
    previous = handle;
    handle = requestLink(handle);
  }
  return 0;
}

/** Removes a posted receive (a cancelled or failed one); false if it was not posted. */
export function withdrawReceive(target: i32): boolean {
  let previous: i32 = 0;
  let handle: i32 = firstPosted;
  while (handle !== 0) {
    if (handle === target) {
      unlinkPosted(previous, handle);
      return true;
    }
    previous = handle;
    handle = requestLink(handle);
  }
  return false;
}

function unlinkPosted(previous: i32, handle: i32): void {
  const next: i32 = requestLink(handle);
  if (previous === 0) {
    firstPosted = next;
  } else {
    setRequestLink(previous, next);
  }
  if (lastPosted === handle) lastPosted = previous;
}

// ---- unexpected messages ------------------------------------------------------

let messageCapacity: i32 = 0;
let messageSource: Int32Array = new Int32Array(0);
let messageTagColumn: Int32Array = new Int32Array(0);
let messageContextColumn: Int32Array = new Int32Array(0);
let messageKindColumn: Int32Array = new Int32Array(0);
let messageLengthColumn: Uint32Array = new Uint32Array(0);
let messageRequestColumn: Uint32Array = new Uint32Array(0);
let messageDataColumn: BigUint64Array = new BigUint64Array(0);
let messageLink: Int32Array = new Int32Array(0);
let firstFreeMessage: i32 = NO_LINK;
let firstMessage: i32 = NO_LINK;
let lastMessage: i32 = NO_LINK;
let unexpectedCount: i32 = 0;

/** Queues a message no receive wanted yet; `data` is its manual block (EAGER) or the sender's buffer (READY_TO_SEND). */
export function keepUnexpected(source: i32, messageTag: i32, messageContext: i32, kind: i32, length: u32, request: u32, data: usize): void {
  if (firstFreeMessage === NO_LINK) growMessages();
  const index: i32 = firstFreeMessage;
  firstFreeMessage = messageLink[index];
  messageSource[index] = source;
  messageTagColumn[index] = messageTag;
  messageContextColumn[index] = messageContext;
  messageKindColumn[index] = kind;
  messageLengthColumn[index] = length;
  messageRequestColumn[index] = request;
  messageDataColumn[index] = u64(data);
  messageLink[index] = NO_LINK;
  if (lastMessage === NO_LINK) {
    firstMessage = index;
  } else {
    messageLink[lastMessage] = index;
  }
  lastMessage = index;
  unexpectedCount++;
}

/** The oldest unexpected message matching, as an index for the message* readers, or NO_LINK. */
export function findUnexpected(wantedSource: i32, wantedTag: i32, wantedContext: i32): i32 {
  let index: i32 = firstMessage;
  while (index !== NO_LINK) {
    if (matches(wantedSource, wantedTag, wantedContext, messageSource[index], messageTagColumn[index], messageContextColumn[index])) {
      return index;
    }
    index = messageLink[index];
  }
  return NO_LINK;
}

/** Removes unexpected message `target` from the queue (its data block, if any, is the caller's to free). */
export function forgetUnexpected(target: i32): void {
  let previous: i32 = NO_LINK;
  let index: i32 = firstMessage;
  while (index !== target) {
    previous = index;
    index = messageLink[index];
  }
  const next: i32 = messageLink[index];
  if (previous === NO_LINK) {
    firstMessage = next;
  } else {
    messageLink[previous] = next;
  }
  if (lastMessage === index) lastMessage = previous;
  messageLink[index] = firstFreeMessage;
  firstFreeMessage = index;
  unexpectedCount--;
}

export function unexpectedMessages(): i32 {
  return unexpectedCount;
}

/** The oldest unexpected message, or NO_LINK (for the end-of-run report). */
export function oldestUnexpected(): i32 {
  return firstMessage;
}

export function nextUnexpected(index: i32): i32 {
  return messageLink[index];
}

export function messageSourceOf(index: i32): i32 {
  return messageSource[index];
}

export function messageTagOf(index: i32): i32 {
  return messageTagColumn[index];
}

export function messageContextOf(index: i32): i32 {
  return messageContextColumn[index];
}

export function messageKindOf(index: i32): i32 {
  return messageKindColumn[index];
}

export function messageLengthOf(index: i32): u32 {
  return messageLengthColumn[index];
}

export function messageRequestOf(index: i32): u32 {
  return messageRequestColumn[index];
}

export function messageDataOf(index: i32): usize {
  return usize(messageDataColumn[index]);
}

/** Frees an eager message's data block (after its data was copied out). */
export function freeMessageData(index: i32): void {
  if (messageDataColumn[index] !== 0) free(usize(messageDataColumn[index]));
}

function growMessages(): void {
  const larger: i32 = messageCapacity === 0 ? 64 : messageCapacity * 2;
  messageSource = widenInt32(messageSource, larger);
  messageTagColumn = widenInt32(messageTagColumn, larger);
  messageContextColumn = widenInt32(messageContextColumn, larger);
  messageKindColumn = widenInt32(messageKindColumn, larger);
  messageLink = widenInt32(messageLink, larger);
  messageLengthColumn = widenUint32(messageLengthColumn, larger);
  messageRequestColumn = widenUint32(messageRequestColumn, larger);
  messageDataColumn = widenUint64(messageDataColumn, larger);
  for (let index: i32 = larger - 1; index >= messageCapacity; index--) {
    messageLink[index] = firstFreeMessage;
    firstFreeMessage = index;
  }
  messageCapacity = larger;
}

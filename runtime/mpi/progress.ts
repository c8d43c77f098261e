// The progress engine: moves this rank's messages between the bus and the
// request table. Only the thread that calls MPI moves anything (MPI's
// THREAD_FUNNELED level): there is no background thread, as in MPICH.
//
// Protocols (envelope.ts):
//   eager       data up to EAGER_LIMIT bytes travels in the message, copied
//               into the bus queue's slots; the send is complete at once.
//   rendezvous  longer data stays in the sender's buffer. The message
//               announces it (READY_TO_SEND); the receiver, once a receive
//               matches, copies it straight from the sender's buffer (one
//               copy in all: one address space) and answers FINISHED, which
//               completes the send.
// Every incoming message is taken off the bus as soon as this rank makes
// progress, whoever it is for, so no sender waits for room on a queue
// because this rank waits for someone else; messages no receive wants yet
// are kept as unexpected (matching.ts).
// The small common cases skip the request table: a blocking eager send
// (sendEagerAtOnce) and a blocking eager receive with no other receive
// posted (receiveEagerAtOnce) complete in place, under the same rules.
// A message the bus cannot take now (its queue is full, or the receiver's
// instance has not made its queues yet) waits in the outbox and leaves, in
// order per destination, as later progress finds room. An eager send that
// went there has completed for its caller, so the outbox is flushed on
// every wait, even one whose request is already complete (a collective step
// whose receive arrived earlier makes no other progress), and drained by
// MPI_Finalize after its barrier: a message still there when a rank stops
// calling MPI would never leave, and a peer waiting for it would wait for ever.
import { coreCount, currentCore } from "../kernel/core_identity";
import { allocateManual, free } from "../kernel/memory/heap";
import { panicWithoutLocation } from "../kernel/panic";
import { instanceEnded, yieldThread } from "../kernel/sched/threads";
import { copyMemory, load32, load64, store32, store64 } from "toro/unsafe";
import { pause } from "toro/x86_64";
import { ANY_CORE, BUS_OK, BUS_PEER_ENDED, BUS_POSTED_PEER_ENDED, lastSourceCore, receiveBytes, tryReceiveBytes, trySendBytes } from "../virtio/bus";
import {
  ENVELOPE_BYTES,
  KIND_EAGER,
  KIND_FINISHED,
  KIND_READY_TO_SEND,
  envelopeContext,
  envelopeData,
  envelopeKind,
  envelopeLength,
  envelopeRequest,
  envelopeTag,
  writeEnvelope,
} from "./envelope";
import {
  ANY_SOURCE,
  anyPostedReceive,
  findUnexpected,
  forgetUnexpected,
  freeMessageData,
  keepUnexpected,
  messageDataOf,
  messageKindOf,
  messageLengthOf,
  messageRequestOf,
  messageSourceOf,
  messageTagOf,
  postReceive,
  takePostedReceive,
  withdrawReceive,
} from "./matching";
import {
  FAILURE_PEER_ENDED,
  FAILURE_TRUNCATED,
  NO_FAILURE,
  REQUEST_RECEIVE,
  REQUEST_SEND,
  completeRequest,
  newRequest,
  requestAddress,
  requestBytes,
  requestComplete,
  requestKind,
  requestPeer,
} from "./requests";

/** Data up to this many bytes is sent eagerly; longer data by rendezvous. */
export const EAGER_LIMIT: u32 = 4096;
/** The longest message on the bus: an envelope and eager data. */
const LONGEST_MESSAGE: u32 = EAGER_LIMIT + ENVELOPE_BYTES;
/** MPI_PROC_NULL: sends and receives to it complete at once and move nothing. */
export const PROC_NULL: i32 = -1;

let incoming: usize = 0;
let outgoing: usize = 0;
let finishedMessage: usize = 0;

// The outbox: manual blocks [next: u64][to: u32][length: u32][message],
// oldest first; `waitingFor` counts each destination's.
const OUTBOX_HEADER: usize = 16;
let firstWaiting: usize = 0;
let lastWaiting: usize = 0;
let waitingFor: Int32Array = new Int32Array(0);
/** flushOutbox's per-destination "queue full" marks, kept between calls (it runs in polling loops). */
let fullThisPass: Int32Array = new Int32Array(0);

function prepareBuffers(): void {
  if (incoming !== 0) return;
  incoming = allocateManual(usize(LONGEST_MESSAGE));
  outgoing = allocateManual(usize(LONGEST_MESSAGE));
  finishedMessage = allocateManual(usize(ENVELOPE_BYTES));
  waitingFor = new Int32Array(coreCount());
  fullThisPass = new Int32Array(coreCount());
}

// ---- starting transfers -------------------------------------------------------

/** Starts sending `length` bytes at `data` to `to`; returns the request's handle. */
export function startSend(context: i32, to: i32, tag: i32, data: usize, length: u32): i32 {
  prepareBuffers();
  const handle: i32 = newRequest(REQUEST_SEND, context, to, tag, data, length);
  if (to === PROC_NULL) {
    completeRequest(handle, PROC_NULL, tag, 0, NO_FAILURE);
  } else if (length <= EAGER_LIMIT) {
    writeEnvelope(outgoing, KIND_EAGER, context, tag, length, 0, 0);
    copyMemory(outgoing + usize(ENVELOPE_BYTES), data, usize(length));
    const delivered: boolean = transmit(to, outgoing, ENVELOPE_BYTES + length);
    completeRequest(handle, to, tag, length, delivered ? NO_FAILURE : FAILURE_PEER_ENDED);
  } else {
    writeEnvelope(outgoing, KIND_READY_TO_SEND, context, tag, length, u32(handle), data);
    if (!transmit(to, outgoing, ENVELOPE_BYTES)) {
      completeRequest(handle, to, tag, 0, FAILURE_PEER_ENDED);
    }
  }
  return handle;
}

/**
 * A blocking send that fits the eager limit, without a request: an eager
 * message completes as it is posted (or parked in the outbox), so there is
 * nothing to wait for and no handle to keep. True when posted; false when
 * `to` has ended. The outbox is flushed first, as a wait would.
 */
export function sendEagerAtOnce(context: i32, to: i32, tag: i32, data: usize, length: u32): boolean {
  prepareBuffers();
  if (firstWaiting !== 0) flushOutbox();
  writeEnvelope(outgoing, KIND_EAGER, context, tag, length, 0, 0);
  copyMemory(outgoing + usize(ENVELOPE_BYTES), data, usize(length));
  return transmit(to, outgoing, ENVELOPE_BYTES + length);
}

/** receiveEagerAtOnce's answer when the caller must take the general path (startReceive, awaitRequest). */
export const NEEDS_REQUEST: i64 = -1;
/** receiveEagerAtOnce's answer when `from` ended without sending a matching message. */
export const SOURCE_ENDED: i64 = -2;

/**
 * A blocking receive of an eager message from `from` with exactly `tag` in
 * `context`, without a request (the collectives' steps): copies what fits
 * of it into the `capacity` bytes at `data` and returns its length. Waits
 * as awaitRequest does, taking every message off every queue meanwhile (the
 * progress rule). NEEDS_REQUEST when this receive cannot be served here: a
 * receive posted earlier might take the message, or the message is a
 * rendezvous one (it is left as unexpected, where startReceive finds it).
 */
export function receiveEagerAtOnce(context: i32, from: i32, tag: i32, data: usize, capacity: u32): i64 {
  prepareBuffers();
  if (anyPostedReceive()) return NEEDS_REQUEST;
  while (true) {
    if (firstWaiting !== 0) flushOutbox();
    const kept: i32 = findUnexpected(from, tag, context);
    if (kept >= 0) return takeUnexpectedEager(kept, data, capacity);
    // A message already there first: waitForIncoming only yields while the
    // outbox is not empty, and a peer may need this rank to take its
    // messages before it makes room.
    const present: i64 = tryReceiveBytes(ANY_CORE, incoming, LONGEST_MESSAGE);
    const received: i64 = present >= 0 ? present : waitForIncoming(from);
    if (received >= 0) {
      const taken: i64 = takeIfWanted(from, tag, context, data, capacity, u32(received));
      if (taken >= 0) return taken;
    } else if (received === PEER_GONE) {
      progress();
      const last: i32 = findUnexpected(from, tag, context);
      return last >= 0 ? takeUnexpectedEager(last, data, capacity) : SOURCE_ENDED;
    }
  }
  return NEEDS_REQUEST;
}

function takeUnexpectedEager(message: i32, data: usize, capacity: u32): i64 {
  if (messageKindOf(message) !== i32(KIND_EAGER)) return NEEDS_REQUEST;
  const length: u32 = messageLengthOf(message);
  copyMemory(data, messageDataOf(message), usize(length <= capacity ? length : capacity));
  freeMessageData(message);
  forgetUnexpected(message);
  return i64(length);
}

/**
 * The `received` bytes just taken into `incoming`: copied into `data` when
 * they are the eager message receiveEagerAtOnce waits for (no receive is
 * posted, so none could take it first), and its length returned; otherwise
 * delivered as any other, and -1.
 */
function takeIfWanted(from: i32, tag: i32, context: i32, data: usize, capacity: u32, received: u32): i64 {
  const length: u32 = envelopeLength(incoming);
  const wanted: boolean = lastSourceCore() === from && envelopeKind(incoming) === KIND_EAGER &&
    envelopeContext(incoming) === context && envelopeTag(incoming) === tag && received === ENVELOPE_BYTES + length;
  if (!wanted) {
    deliver(lastSourceCore(), received);
    return -1;
  }
  copyMemory(data, incoming + usize(ENVELOPE_BYTES), usize(length <= capacity ? length : capacity));
  return i64(length);
}

/** Starts receiving up to `capacity` bytes into `data` from `from` (or ANY_SOURCE); returns the handle. */
export function startReceive(context: i32, from: i32, tag: i32, data: usize, capacity: u32): i32 {
  prepareBuffers();
  const handle: i32 = newRequest(REQUEST_RECEIVE, context, from, tag, data, capacity);
  if (from === PROC_NULL) {
    completeRequest(handle, PROC_NULL, -1, 0, NO_FAILURE);
    return handle;
  }
  const message: i32 = findUnexpected(from, tag, context);
  if (message < 0) {
    postReceive(handle);
  } else {
    receiveUnexpected(handle, message);
  }
  return handle;
}

/** Completes receive `handle` with unexpected message `message`, and forgets the message. */
function receiveUnexpected(handle: i32, message: i32): void {
  const source: i32 = messageSourceOf(message);
  const tag: i32 = messageTagOf(message);
  if (messageKindOf(message) === i32(KIND_EAGER)) {
    finishEagerReceive(handle, source, tag, messageDataOf(message), messageLengthOf(message));
    freeMessageData(message);
  } else {
    finishRendezvousReceive(handle, source, tag, messageDataOf(message), messageLengthOf(message), messageRequestOf(message));
  }
  forgetUnexpected(message);
}

// ---- progress -----------------------------------------------------------------

/** Moves whatever can move now without waiting; true if anything did. */
export function progress(): boolean {
  prepareBuffers();
  let moved: boolean = flushOutbox();
  while (true) {
    const result: i64 = tryReceiveBytes(ANY_CORE, incoming, LONGEST_MESSAGE);
    if (result < 0) {
      break;
    }
    deliver(lastSourceCore(), u32(result));
    moved = true;
  }
  return moved;
}

/** Makes progress until request `handle` completes (or fails: its peer ended first). */
export function awaitRequest(handle: i32): void {
  if (firstWaiting !== 0) flushOutbox();
  while (!requestComplete(handle)) {
    if (progress() || requestComplete(handle)) {
      continue;
    }
    const waited: i64 = waitForIncoming(requestPeer(handle));
    if (waited >= 0) {
      deliver(lastSourceCore(), u32(waited));
    } else if (waited === PEER_GONE && !progress() && !requestComplete(handle)) {
      failRequest(handle);
    }
  }
}

/** waitForIncoming's answer when the caller should look again (the outbox is not empty yet). */
const LOOK_AGAIN: i64 = -1;
/** waitForIncoming's answer when the awaited rank has ended (or every other rank has). */
const PEER_GONE: i64 = -2;

/**
 * The blocking step of every wait, once the caller found nothing to do: the
 * length of the next message from any queue, left in `incoming` for the
 * caller to deliver or take; LOOK_AGAIN while the outbox still holds
 * messages (room on a full queue is not a message, so this only yields);
 * PEER_GONE when `peer` (or, for ANY_SOURCE, every other rank) has ended,
 * after everything it sent: one more progress pass takes what it sent last.
 * Any queue, not only the one the answer comes by: another pending request
 * may need this rank to act (a rendezvous sender waits for this rank's copy
 * and FINISHED), and MPI requires that progress while a rank waits.
 */
function waitForIncoming(peer: i32): i64 {
  if (firstWaiting !== 0) {
    pause();
    yieldThread();
    return LOOK_AGAIN;
  }
  if (peer !== ANY_SOURCE && instanceEnded(peer)) return PEER_GONE;
  const result: i64 = receiveBytes(ANY_CORE, incoming, LONGEST_MESSAGE);
  if (result >= 0) return result;
  return result === BUS_PEER_ENDED ? PEER_GONE : LOOK_AGAIN;
}

/**
 * Waits, making progress, for an unexpected message matching (from, tag,
 * context): its index in matching.ts's table, or -1 when no rank that could
 * send one is left. Without `wait`, looks once.
 */
export function probeUnexpected(from: i32, tag: i32, context: i32, wait: boolean): i32 {
  while (true) {
    progress();
    const message: i32 = findUnexpected(from, tag, context);
    if (message >= 0 || !wait) {
      return message;
    }
    const waited: i64 = waitForIncoming(from);
    if (waited >= 0) {
      deliver(lastSourceCore(), u32(waited));
    } else if (waited === PEER_GONE) {
      progress();
      return findUnexpected(from, tag, context);
    }
  }
  return -1;
}

/** Sends everything in the outbox, waiting as long as it takes (MPI_Finalize, after its barrier). */
export function drainOutbox(): void {
  while (firstWaiting !== 0) {
    if (!progress()) {
      pause();
      yieldThread();
    }
  }
}

function failRequest(handle: i32): void {
  if (requestKind(handle) === REQUEST_RECEIVE) withdrawReceive(handle);
  completeRequest(handle, requestPeer(handle), -1, 0, FAILURE_PEER_ENDED);
}

// ---- arriving messages --------------------------------------------------------

/** Handles the message of `length` bytes from `source` now in `incoming`. */
function deliver(source: i32, length: u32): void {
  const kind: u8 = envelopeKind(incoming);
  if (kind === KIND_FINISHED) {
    const send: i32 = i32(envelopeRequest(incoming));
    completeRequest(send, source, envelopeTag(incoming), requestBytes(send), NO_FAILURE);
    return;
  }
  const tag: i32 = envelopeTag(incoming);
  const context: i32 = envelopeContext(incoming);
  const dataLength: u32 = envelopeLength(incoming);
  const receive: i32 = takePostedReceive(source, tag, context);
  if (kind === KIND_EAGER) {
    if (length !== ENVELOPE_BYTES + dataLength) panicWithoutLocation(`mpi: a message from rank ${source} is ${length} bytes, its envelope says ${dataLength} + 24`);
    const data: usize = incoming + usize(ENVELOPE_BYTES);
    if (receive !== 0) {
      finishEagerReceive(receive, source, tag, data, dataLength);
    } else {
      const copy: usize = dataLength === 0 ? 0 : allocateManual(usize(dataLength));
      copyMemory(copy, data, usize(dataLength));
      keepUnexpected(source, tag, context, i32(KIND_EAGER), dataLength, 0, copy);
    }
  } else if (kind === KIND_READY_TO_SEND) {
    if (receive !== 0) {
      finishRendezvousReceive(receive, source, tag, envelopeData(incoming), dataLength, envelopeRequest(incoming));
    } else {
      keepUnexpected(source, tag, context, i32(KIND_READY_TO_SEND), dataLength, envelopeRequest(incoming), envelopeData(incoming));
    }
  } else {
    panicWithoutLocation(`mpi: a message from rank ${source} has no known kind (${kind})`);
  }
}

/** Copies what fits of eager data into receive `handle` and completes it. */
function finishEagerReceive(handle: i32, source: i32, tag: i32, data: usize, length: u32): void {
  const copied: u32 = copiedBytes(handle, length);
  copyMemory(requestAddress(handle), data, usize(copied));
  completeRequest(handle, source, tag, copied, copied < length ? FAILURE_TRUNCATED : NO_FAILURE);
}

/** Copies what fits of a rendezvous sender's data into receive `handle`, completes it, and frees the sender. */
function finishRendezvousReceive(handle: i32, source: i32, tag: i32, data: usize, length: u32, sendRequest: u32): void {
  const copied: u32 = copiedBytes(handle, length);
  copyMemory(requestAddress(handle), data, usize(copied));
  completeRequest(handle, source, tag, copied, copied < length ? FAILURE_TRUNCATED : NO_FAILURE);
  writeEnvelope(finishedMessage, KIND_FINISHED, 0, tag, 0, sendRequest, 0);
  // A sender that ended can no longer be waiting for this answer.
  transmit(source, finishedMessage, ENVELOPE_BYTES);
}

/** How much of `length` bytes receive `handle` takes: all, unless its buffer is shorter (truncation). */
function copiedBytes(handle: i32, length: u32): u32 {
  return length <= requestBytes(handle) ? length : requestBytes(handle);
}

// ---- leaving messages ---------------------------------------------------------

/** Hands a message to the bus, or to the outbox when its queue is full; false if `to` has ended. */
function transmit(to: i32, message: usize, length: u32): boolean {
  if (waitingFor[to] === 0) {
    const result: i64 = trySendBytes(to, message, length);
    // Posted, though `to` ended meanwhile: a rank ends after its last
    // receive (MPI_Finalize's barrier), so this is the normal race at the end.
    if (result === BUS_OK || result === BUS_POSTED_PEER_ENDED) return true;
    if (result === BUS_PEER_ENDED) return false;
  }
  const block: usize = allocateManual(OUTBOX_HEADER + usize(length));
  store64(block, 0);
  store32(block + 8, u32(to));
  store32(block + 12, length);
  copyMemory(block + OUTBOX_HEADER, message, usize(length));
  if (lastWaiting === 0) {
    firstWaiting = block;
  } else {
    store64(lastWaiting, u64(block));
  }
  lastWaiting = block;
  waitingFor[to] = waitingFor[to] + 1;
  return true;
}

/**
 * Offers the outbox's messages to the bus, oldest first; a destination whose
 * queue is full keeps the rest of its messages (so they stay in order).
 * True if any left.
 */
function flushOutbox(): boolean {
  if (firstWaiting === 0) return false;
  let moved: boolean = false;
  const blocked: Int32Array = fullThisPass;
  blocked.fill(0);
  let previous: usize = 0;
  let block: usize = firstWaiting;
  while (block !== 0) {
    const next: usize = usize(load64(block));
    const to: i32 = i32(load32(block + 8));
    let sent: boolean = false;
    if (blocked[to] === 0) {
      const result: i64 = trySendBytes(to, block + OUTBOX_HEADER, load32(block + 12));
      if (result === BUS_PEER_ENDED) {
        // As the bus reports messages a rank ended without receiving.
        console.log(`mpi: rank ${to} ended before a message to it left rank ${currentCore()}'s outbox`);
      }
      sent = result === BUS_OK || result === BUS_PEER_ENDED || result === BUS_POSTED_PEER_ENDED;
      if (!sent) blocked[to] = 1;
    }
    if (sent) {
      unlinkWaiting(previous, block, next);
      waitingFor[to] = waitingFor[to] - 1;
      free(block);
      moved = true;
    } else {
      previous = block;
    }
    block = next;
  }
  return moved;
}

function unlinkWaiting(previous: usize, block: usize, next: usize): void {
  if (previous === 0) {
    firstWaiting = next;
  } else {
    store64(previous, u64(next));
  }
  if (lastWaiting === block) lastWaiting = previous;
}

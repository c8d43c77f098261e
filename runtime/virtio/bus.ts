// The bus: messages between cores over the queues, by address and length.
// index.ts offers it to programs with typed arrays; the MPI library uses it
// directly. Every function runs on the calling core, as its sender or its
// receiver side; results below 0 are the BUS_* conditions.
//
// Sending (sender side of queue (this core, to)):
//   up to COPY_LIMIT bytes are copied into the queue's slots, and the call
//   returns at once; longer messages are lent: the descriptor points at the
//   caller's buffer and sendBytes returns once the receiver has copied it
//   (one copy in all, by the receiver), while trySendBytes copies the
//   message into a manual block the queue owns and frees later. A send to a
//   core whose program instance has ended is BUS_PEER_ENDED, never a silent
//   loss; a send when the receiver has not made its queues yet waits (it
//   will, when its instance starts).
// Nothing is lost in silence at the end either: an instance that ends with
// messages still queued to it prints one line per sending core
// (reportUnreceived), and a sender checks after posting whether the
// receiver had ended (then BUS_PEER_ENDED). The receiver marks itself ended
// before it looks at its queues and the sender posts before it looks at the
// mark, with full fences between, so one of the two sees the other.
// Receiving (receiver side of queue (from, this core)):
//   messages from one core arrive in the order it sent them, whole, with
//   their lengths. A message longer than the buffer is not taken:
//   BUS_TRUNCATED, and pendingBytes tells its length. From ANY_CORE, the
//   queues are looked at round robin, starting after the last core served,
//   so no sender is starved.
// Blocking calls wait as waiting.ts describes (poll, then block and let the
// core halt until notified).
import { currentCore, coreCount } from "../kernel/core_identity";
import { allocateManual, free } from "../kernel/memory/heap";
import { instanceEnded, yieldThread } from "../kernel/sched/threads";
import { copyMemory, fence } from "toro/unsafe";
import { atInstanceEnd } from "../kernel/instance_exit";
import { pause } from "toro/x86_64";
import { notifyReceiver, notifySender } from "./notification";
import { createIncomingQueues, queueAddress } from "./queue_directory";
import {
  availableIndexAddress,
  completeMessage,
  consumedIndex,
  copyMessage,
  messageLength,
  messagesWaiting,
  nextHead,
  prefetchNextMessage,
  usedFlagsAddress,
} from "./receive";
import { COPY_LIMIT } from "./split_ring";
import { NO_ENTRY, availableFlagsAddress, completedIndex, entryCompleted, postCopied, postLent, reserveDescriptors, slotsFor, usedIndexAddress } from "./transmit";
import { EVERY_INCOMING_QUEUE, EVERY_PEER, awaitIndexChange, initialiseWaiting } from "./waiting";

export const BUS_OK: i64 = 0;
/** tryReceive: no message waits. */
export const BUS_EMPTY: i64 = -1;
/** trySend: the queue has no room now. */
export const BUS_WOULD_BLOCK: i64 = -2;
/** The next message is longer than the buffer; it stays queued. */
export const BUS_TRUNCATED: i64 = -3;
/** The other core's program instance has ended: it will never send, or receive, again. */
export const BUS_PEER_ENDED: i64 = -4;
/**
 * The message was posted, but the receiver's instance had ended by the time
 * the sender looked again: it may or may not have taken it (if not, its
 * own end-of-instance report, or the sender's view of it, tells). index.ts
 * reports this as BUS_PEER_ENDED; toro/mpi, whose ranks end right after a
 * final barrier, counts it as sent.
 */
export const BUS_POSTED_PEER_ENDED: i64 = -5;
/** `from` for a receive from whichever core has a message. */
export const ANY_CORE: i32 = -1;

/** The core the last message received on this instance came from (-1 before the first). */
let lastSource: i32 = -1;

/** This core's queues and waiting, made when the program instance starts. */
export function startBus(): void {
  createIncomingQueues();
  initialiseWaiting();
  atInstanceEnd(reportUnreceived);
}

/** Prints, for each core, how many of its messages to this ending instance were never received. */
function reportUnreceived(): void {
  fence();
  for (let sender: i32 = 0; sender < coreCount(); sender++) {
    const left: u32 = messagesWaiting(queueAddress(sender, currentCore()));
    if (left !== 0) {
      console.log(`virtio: core ${currentCore()} ended with ${left} message(s) from core ${sender} never received`);
    }
  }
}

/** Sends `length` bytes at `source` to core `to`; returns when `source` may be reused. BUS_OK or BUS_PEER_ENDED. */
export function sendBytes(to: i32, source: usize, length: u32): i64 {
  const queue: usize = awaitQueue(to);
  if (queue === 0) {
    return BUS_PEER_ENDED;
  }
  if (length <= COPY_LIMIT) {
    while (!postCopied(queue, source, length)) {
      if (!awaitRoom(queue, to, slotsFor(length))) {
        return BUS_PEER_ENDED;
      }
    }
    return deliveredUnlessEnded(queue, to);
  }
  let entry: i64 = postLent(queue, source, length, 0);
  while (entry === NO_ENTRY) {
    if (!awaitRoom(queue, to, 1)) {
      return BUS_PEER_ENDED;
    }
    entry = postLent(queue, source, length, 0);
  }
  notifyReceiver(queue, to);
  while (!entryCompleted(queue, u32(entry))) {
    // The receiver may end without taking it; the buffer is then never read again.
    if (!awaitUsedEntries(queue, to)) {
      return BUS_PEER_ENDED;
    }
  }
  return BUS_OK;
}

/** Sends without waiting: BUS_OK (the message is queued, `source` free to reuse), BUS_WOULD_BLOCK or BUS_PEER_ENDED. */
export function trySendBytes(to: i32, source: usize, length: u32): i64 {
  if (instanceEnded(to)) {
    return BUS_PEER_ENDED;
  }
  const queue: usize = queueAddress(currentCore(), to);
  if (queue === 0) {
    return BUS_WOULD_BLOCK;
  }
  if (length <= COPY_LIMIT) {
    if (!postCopied(queue, source, length)) {
      return BUS_WOULD_BLOCK;
    }
  } else {
    if (!reserveDescriptors(queue, 1)) {
      return BUS_WOULD_BLOCK;
    }
    const block: usize = allocateManual(usize(length));
    copyMemory(block, source, usize(length));
    postLent(queue, block, length, block);
  }
  return deliveredUnlessEnded(queue, to);
}

/**
 * After posting to `to`: notifies it, and says whether it can still take
 * the message. notifyReceiver's full fence (for another core) orders the
 * post before the look at the end mark; this core's own instance has not
 * ended.
 */
function deliveredUnlessEnded(queue: usize, to: i32): i64 {
  notifyReceiver(queue, to);
  return instanceEnded(to) ? BUS_POSTED_PEER_ENDED : BUS_OK;
}

/**
 * Receives the next message from core `from` (or ANY_CORE) into the
 * `capacity` bytes at `destination`, waiting for one: its length, or
 * BUS_TRUNCATED or BUS_PEER_ENDED.
 */
export function receiveBytes(from: i32, destination: usize, capacity: u32): i64 {
  while (true) {
    const result: i64 = tryReceiveBytes(from, destination, capacity);
    if (result !== BUS_EMPTY) {
      return result;
    }
    if (from === ANY_CORE) {
      awaitIndexChange(EVERY_INCOMING_QUEUE, 0, EVERY_PEER, EVERY_INCOMING_QUEUE);
    } else {
      const queue: usize = queueAddress(from, currentCore());
      awaitIndexChange(availableIndexAddress(queue), consumedIndex(queue), from, usedFlagsAddress(queue));
    }
  }
  return BUS_EMPTY;
}

/** Receives a message if one waits: its length, or BUS_EMPTY, BUS_TRUNCATED or BUS_PEER_ENDED. */
export function tryReceiveBytes(from: i32, destination: usize, capacity: u32): i64 {
  if (from !== ANY_CORE) {
    return receiveFrom(from, destination, capacity);
  }
  let everyPeerEnded: boolean = coreCount() > 1;
  for (let step: i32 = 1; step <= coreCount(); step++) {
    const sender: i32 = (lastSource + step + coreCount()) % coreCount();
    const result: i64 = receiveFrom(sender, destination, capacity);
    if (result !== BUS_EMPTY && result !== BUS_PEER_ENDED) {
      return result;
    }
    if (result === BUS_EMPTY && sender !== currentCore()) {
      everyPeerEnded = false;
    }
  }
  return everyPeerEnded ? BUS_PEER_ENDED : BUS_EMPTY;
}

/** The length of the next message from `from` (or ANY_CORE, round robin as a receive would take it), or BUS_EMPTY. */
export function pendingBytes(from: i32): i64 {
  for (let step: i32 = 1; step <= coreCount(); step++) {
    const sender: i32 = from === ANY_CORE ? (lastSource + step + coreCount()) % coreCount() : from;
    const queue: usize = queueAddress(sender, currentCore());
    if (messagesWaiting(queue) !== 0) {
      return i64(messageLength(queue, nextHead(queue)));
    }
    if (from !== ANY_CORE) {
      break;
    }
  }
  return BUS_EMPTY;
}

/** The core the last message received by this instance came from, -1 before any. */
export function lastSourceCore(): i32 {
  return lastSource;
}

/** True once core `receiver` has made its queue from `sender`. */
export function queueExists(sender: i32, receiver: i32): boolean {
  return queueAddress(sender, receiver) !== 0;
}

function receiveFrom(from: i32, destination: usize, capacity: u32): i64 {
  const queue: usize = queueAddress(from, currentCore());
  if (messagesWaiting(queue) === 0) {
    // The end mark is read before the queue is looked at again: a core that
    // has ended sent everything it will send before that, so a queue still
    // empty afterwards stays empty. (Off the path of a waiting message.)
    if (!instanceEnded(from)) {
      return BUS_EMPTY;
    }
    if (messagesWaiting(queue) === 0) {
      return BUS_PEER_ENDED;
    }
  }
  prefetchNextMessage(queue);
  const head: u32 = nextHead(queue);
  const length: u64 = messageLength(queue, head);
  if (length > u64(capacity)) {
    return BUS_TRUNCATED;
  }
  copyMessage(queue, head, destination);
  completeMessage(queue, head, length);
  notifySender(queue, from);
  lastSource = from;
  return i64(length);
}

/** Waits until `queue` has `needed` free descriptors; false when the receiver `to` ended first. */
function awaitRoom(queue: usize, to: i32, needed: u32): boolean {
  while (!reserveDescriptors(queue, needed)) {
    if (!awaitUsedEntries(queue, to)) {
      return false;
    }
  }
  return true;
}

/**
 * Waits for the receiver `to` to return entries of `queue` beyond those
 * the sender has taken back; false, at once, when `to` has ended.
 */
function awaitUsedEntries(queue: usize, to: i32): boolean {
  if (instanceEnded(to)) {
    return false;
  }
  awaitIndexChange(usedIndexAddress(queue), completedIndex(queue), to, availableFlagsAddress(queue));
  return true;
}

/** The queue to core `to`, waiting for `to` to make it; 0 when `to` ended first. */
function awaitQueue(to: i32): usize {
  let queue: usize = queueAddress(currentCore(), to);
  while (queue === 0) {
    if (instanceEnded(to)) {
      return 0;
    }
    pause();
    yieldThread();
    queue = queueAddress(currentCore(), to);
  }
  return queue;
}

// Every program instance that uses the bus makes its queues as it starts.
startBus();

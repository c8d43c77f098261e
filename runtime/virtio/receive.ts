// The receiver's side of one queue (split_ring.ts): looking at the next
// message, copying it out, handing its descriptors back. Only the queue's
// receiver core runs this, one thread at a time (nothing here yields).
//
// Ordering (see transmit.ts for the x86-64 rules relied on):
//  - avail.idx is read with acquire before the ring entry, the descriptors
//    and the bytes they point at, all of which the sender wrote before its
//    release store of that idx;
//  - used.idx is written with release after every read of the message, so
//    the sender, which reads used.idx with acquire before reusing anything,
//    never overwrites bytes still being read.
// Corruption is not tolerated silently: a chain longer than the ring (which
// only a broken sender or a stray store could make) is a panic.
import { atomicLoadAcquire16, atomicStoreRelease16, copyMemory, load16, prefetch, store32 } from "toro/unsafe";
import { panicWithoutLocation } from "../kernel/panic";
import {
  AVAILABLE_RING,
  CONSUMED_ENTRIES,
  PREDICTED_HEAD,
  QUEUE_MASK,
  QUEUE_SIZE,
  RING_ENTRIES,
  RING_INDEX,
  USED_RING,
  descriptorAddress,
  descriptorBufferAddress,
  descriptorLength,
  descriptorNext,
  indexDistance,
  receiverField,
  setReceiverField,
  slotAddress,
} from "./split_ring";

/**
 * Starts fetching the lines the next message most likely occupies (its head
 * descriptor and first slot), so that they cross from the sender's cache
 * while the ring entry does, instead of one after the other: reading the
 * entry, then the descriptor it names, then the bytes that names, would be
 * three cache-line transfers in a row.
 */
export function prefetchNextMessage(queue: usize): void {
  const head: u32 = receiverField(queue, PREDICTED_HEAD);
  prefetch(descriptorAddress(queue, head));
  prefetch(slotAddress(queue, head));
}

/** Messages made available and not yet taken. */
export function messagesWaiting(queue: usize): u32 {
  return indexDistance(u32(atomicLoadAcquire16(availableIndexAddress(queue))), receiverField(queue, CONSUMED_ENTRIES));
}

/** The head descriptor of the next message; messagesWaiting must be nonzero. */
export function nextHead(queue: usize): u32 {
  const consumed: u32 = receiverField(queue, CONSUMED_ENTRIES);
  const head: u32 = u32(load16(queue + AVAILABLE_RING + RING_ENTRIES + usize(consumed & QUEUE_MASK) * 2));
  if (head >= QUEUE_SIZE) {
    panicWithoutLocation(`virtio queue at ${queue}: available entry ${consumed} names descriptor ${head} of ${QUEUE_SIZE}`);
  }
  return head;
}

/** The length in bytes of the message whose chain starts at `head`. */
export function messageLength(queue: usize, head: u32): u64 {
  let total: u64 = 0;
  let links: u32 = 0;
  let descriptor: u32 = head;
  while (descriptor !== QUEUE_SIZE) {
    total += u64(descriptorLength(queue, descriptor));
    links++;
    if (links > QUEUE_SIZE) {
      panicWithoutLocation(`virtio queue at ${queue}: the chain at descriptor ${head} is longer than the ring`);
    }
    descriptor = descriptorNext(queue, descriptor);
  }
  return total;
}

/**
 * Copies the message whose chain starts at `head` to `destination`, which
 * has room for all of it. Descriptors whose buffers follow each other in
 * memory (a copied message's slots, unless it wraps) are copied at once.
 */
export function copyMessage(queue: usize, head: u32, destination: usize): void {
  let offset: usize = 0;
  let runStart: usize = 0;
  let runLength: usize = 0;
  let descriptor: u32 = head;
  while (descriptor !== QUEUE_SIZE) {
    const buffer: usize = descriptorBufferAddress(queue, descriptor);
    const length: usize = usize(descriptorLength(queue, descriptor));
    if (buffer !== runStart + runLength) {
      copyRun(destination + offset, runStart, runLength);
      offset += runLength;
      runStart = buffer;
      runLength = 0;
    }
    runLength += length;
    descriptor = descriptorNext(queue, descriptor);
  }
  copyRun(destination + offset, runStart, runLength);
}

function copyRun(destination: usize, source: usize, length: usize): void {
  if (length !== 0) {
    copyMemory(destination, source, length);
  }
}

/** Hands the chain at `head` back to the sender as used, `length` bytes read, and moves to the next message. */
export function completeMessage(queue: usize, head: u32, length: u64): void {
  const consumed: u32 = receiverField(queue, CONSUMED_ENTRIES);
  const element: usize = queue + USED_RING + RING_ENTRIES + usize(consumed & QUEUE_MASK) * 8;
  store32(element, head);
  store32(element + 4, u32(length));
  atomicStoreRelease16(queue + USED_RING + RING_INDEX, u16(consumed + 1));
  setReceiverField(queue, CONSUMED_ENTRIES, consumed + 1);
  setReceiverField(queue, PREDICTED_HEAD, (chainEnd(queue, head) + 1) & QUEUE_MASK);
}

/** The last descriptor of the chain at `head` (already read, so in this core's cache). */
function chainEnd(queue: usize, head: u32): u32 {
  let descriptor: u32 = head;
  let following: u32 = descriptorNext(queue, descriptor);
  while (following !== QUEUE_SIZE) {
    descriptor = following;
    following = descriptorNext(queue, descriptor);
  }
  return descriptor;
}

/** The address of avail.idx, for waiting until the sender moves it. */
export function availableIndexAddress(queue: usize): usize {
  return queue + AVAILABLE_RING + RING_INDEX;
}

/** The address of used.flags, where the receiver asks to be told of new entries. */
export function usedFlagsAddress(queue: usize): usize {
  return queue + USED_RING;
}

/** The low 16 bits of the receiver's count of taken entries: what avail.idx equals when nothing waits. */
export function consumedIndex(queue: usize): u16 {
  return u16(receiverField(queue, CONSUMED_ENTRIES) & 0xffff);
}

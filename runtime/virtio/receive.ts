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
import { atomicLoadAcquire16, atomicStoreRelease16, copyMemory, load16, store32 } from "toro/unsafe";
import { panicWithoutLocation } from "../kernel/panic";
import {
  AVAILABLE_RING,
  CONSUMED_ENTRIES,
  QUEUE_MASK,
  QUEUE_SIZE,
  RING_ENTRIES,
  RING_INDEX,
  USED_RING,
  descriptorBufferAddress,
  descriptorLength,
  descriptorNext,
  indexDistance,
  receiverField,
  setReceiverField,
} from "./split_ring";

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

/** Copies the message whose chain starts at `head` to `destination`, which has room for all of it. */
export function copyMessage(queue: usize, head: u32, destination: usize): void {
  let offset: usize = 0;
  let descriptor: u32 = head;
  while (descriptor !== QUEUE_SIZE) {
    const length: u32 = descriptorLength(queue, descriptor);
    copyMemory(destination + offset, descriptorBufferAddress(queue, descriptor), usize(length));
    offset += usize(length);
    descriptor = descriptorNext(queue, descriptor);
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

// The sender's side of one queue (split_ring.ts): putting a message in,
// taking descriptors back. Only the queue's sender core runs this, one
// thread at a time (threads switch only when they yield, and nothing here
// yields), so the sender's counters need no atomics.
//
// Two ways to carry a message:
//  - copied: up to COPY_LIMIT bytes, into the slots of consecutive
//    descriptors (SLOT_BYTES each, chained with VIRTQ_DESC_F_NEXT; an empty
//    message is one descriptor of length 0). The sender may reuse its buffer
//    at once.
//  - lent: one descriptor pointing at a buffer outside the queue, which must
//    stay untouched until the entry comes back used (entryCompleted): the
//    caller's own buffer (a blocking send waits for that), or a manual block
//    the queue owns and frees when the entry comes back (OWNED_BLOCKS).
// Either way the receiver only follows descriptors, so it needs no flag to
// tell the two apart.
//
// Ordering (x86-64 keeps stores in program order and loads in program order,
// and no load passes an earlier load or is passed by a later store; what
// remains is to stop the compiler reordering, which the acquire and release
// accesses do):
//  - every descriptor, slot byte and ring entry of a message is written
//    before the release store of avail.idx that publishes it, so a receiver
//    that reads the new idx with acquire sees all of them;
//  - used.idx is read with acquire before the used entries and before
//    descriptors and slots are reused, and the receiver published used.idx
//    with release after it finished reading them, so nothing is overwritten
//    while it is still read.
import { atomicLoadAcquire16, atomicStoreRelease16, copyMemory, load32, load64, store16, store64 } from "toro/unsafe";
import { free } from "../kernel/memory/heap";
import {
  AVAILABLE_RING,
  COMPLETED_ENTRIES,
  OWNED_BLOCKS,
  PUBLISHED_ENTRIES,
  QUEUE_MASK,
  QUEUE_SIZE,
  RECLAIMED_DESCRIPTORS,
  RING_ENTRIES,
  RING_INDEX,
  SENT_DESCRIPTORS,
  SLOT_BYTES,
  USED_RING,
  VIRTQ_DESC_F_NEXT,
  descriptorNext,
  indexDistance,
  senderField,
  setSenderField,
  slotAddress,
  writeDescriptor,
} from "./split_ring";

/** What postLent returns when no descriptor is free. */
export const NO_ENTRY: i64 = -1;

/** Descriptors a copied message of `length` bytes takes. */
export function slotsFor(length: u32): u32 {
  if (length === 0) {
    return 1;
  }
  return u32((length + SLOT_BYTES - 1) / SLOT_BYTES);
}

/**
 * Copies `length` bytes from `source` into the queue as one message and
 * publishes it; false, with nothing changed, when not enough descriptors are
 * free even after taking back the used ones. length <= COPY_LIMIT.
 */
export function postCopied(queue: usize, source: usize, length: u32): boolean {
  const needed: u32 = slotsFor(length);
  if (!reserveDescriptors(queue, needed)) {
    return false;
  }
  const first: u32 = senderField(queue, SENT_DESCRIPTORS);
  const head: u32 = first & QUEUE_MASK;
  copyIntoSlots(queue, head, source, length);
  let offset: u32 = 0;
  for (let index: u32 = 0; index < needed; index++) {
    const descriptor: u32 = (head + index) & QUEUE_MASK;
    const chunk: u32 = length - offset < SLOT_BYTES ? length - offset : SLOT_BYTES;
    const last: boolean = index + 1 === needed;
    writeDescriptor(queue, descriptor, slotAddress(queue, descriptor), chunk, last ? 0 : VIRTQ_DESC_F_NEXT, (descriptor + 1) & QUEUE_MASK);
    offset += chunk;
  }
  setSenderField(queue, SENT_DESCRIPTORS, first + needed);
  store64(ownedBlockAddress(queue, head), 0);
  publish(queue, head);
  return true;
}

/**
 * Copies `length` bytes into the slots from descriptor `head` on. Slots of
 * consecutive descriptors are adjacent, so this is one copy, or two when
 * the message wraps past the last slot: long copies run at memory speed
 * where one per 256-byte slot would not.
 */
function copyIntoSlots(queue: usize, head: u32, source: usize, length: u32): void {
  const roomBeforeEnd: u32 = (QUEUE_SIZE - head) * SLOT_BYTES;
  const firstPart: u32 = length < roomBeforeEnd ? length : roomBeforeEnd;
  copyMemory(slotAddress(queue, head), source, usize(firstPart));
  if (firstPart < length) {
    copyMemory(slotAddress(queue, 0), source + usize(firstPart), usize(length - firstPart));
  }
}

/**
 * Publishes one message of `length` bytes that stays at `buffer`, and
 * returns its entry number for entryCompleted, or NO_ENTRY when no
 * descriptor is free. A nonzero `owned` is a manual block of this core that
 * the queue frees once the entry is used.
 */
export function postLent(queue: usize, buffer: usize, length: u32, owned: usize): i64 {
  if (!reserveDescriptors(queue, 1)) {
    return NO_ENTRY;
  }
  const sent: u32 = senderField(queue, SENT_DESCRIPTORS);
  const descriptor: u32 = sent & QUEUE_MASK;
  writeDescriptor(queue, descriptor, buffer, length, 0, 0);
  setSenderField(queue, SENT_DESCRIPTORS, sent + 1);
  store64(ownedBlockAddress(queue, descriptor), u64(owned));
  return i64(publish(queue, descriptor));
}

/** True once the entry numbered `entry` (postLent) has come back used. */
export function entryCompleted(queue: usize, entry: u32): boolean {
  reclaimUsed(queue);
  return i32(senderField(queue, COMPLETED_ENTRIES) - entry) > 0;
}

/** True when `count` descriptors are free now, or after taking back the used entries. */
export function reserveDescriptors(queue: usize, count: u32): boolean {
  if (freeDescriptors(queue) >= count) {
    return true;
  }
  reclaimUsed(queue);
  return freeDescriptors(queue) >= count;
}

/**
 * The low 16 bits of the used entries taken back so far: the used.idx the
 * sender last saw, hence the value to wait for used.idx to move from.
 */
export function completedIndex(queue: usize): u16 {
  return u16(senderField(queue, COMPLETED_ENTRIES) & 0xffff);
}

/** The address of used.idx, for waiting until the receiver moves it. */
export function usedIndexAddress(queue: usize): usize {
  return queue + USED_RING + RING_INDEX;
}

/** The address of avail.flags, where the sender asks to be told of used entries. */
export function availableFlagsAddress(queue: usize): usize {
  return queue + AVAILABLE_RING;
}

function freeDescriptors(queue: usize): u32 {
  return QUEUE_SIZE - (senderField(queue, SENT_DESCRIPTORS) - senderField(queue, RECLAIMED_DESCRIPTORS));
}

/** Makes the chain headed by `head` the next available entry; returns its entry number. */
function publish(queue: usize, head: u32): u32 {
  const published: u32 = senderField(queue, PUBLISHED_ENTRIES);
  store16(queue + AVAILABLE_RING + RING_ENTRIES + usize(published & QUEUE_MASK) * 2, u16(head));
  atomicStoreRelease16(queue + AVAILABLE_RING + RING_INDEX, u16(published + 1));
  setSenderField(queue, PUBLISHED_ENTRIES, published + 1);
  return published;
}

/** Takes back every chain the receiver has used since the last call: its descriptors, its owned block. */
function reclaimUsed(queue: usize): void {
  let completed: u32 = senderField(queue, COMPLETED_ENTRIES);
  const usedIndex: u32 = u32(atomicLoadAcquire16(usedIndexAddress(queue)));
  let newlyUsed: u32 = indexDistance(usedIndex, completed);
  if (newlyUsed === 0) {
    return;
  }
  let reclaimed: u32 = senderField(queue, RECLAIMED_DESCRIPTORS);
  while (newlyUsed > 0) {
    const head: u32 = load32(queue + USED_RING + RING_ENTRIES + usize(completed & QUEUE_MASK) * 8) & QUEUE_MASK;
    reclaimed += chainLength(queue, head);
    const owned: usize = usize(load64(ownedBlockAddress(queue, head)));
    if (owned !== 0) {
      store64(ownedBlockAddress(queue, head), 0);
      free(owned);
    }
    completed++;
    newlyUsed--;
  }
  setSenderField(queue, RECLAIMED_DESCRIPTORS, reclaimed);
  setSenderField(queue, COMPLETED_ENTRIES, completed);
}

/** Descriptors in the chain headed by `head` (the sender wrote them, so they are read back cheaply). */
function chainLength(queue: usize, head: u32): u32 {
  let count: u32 = 1;
  let descriptor: u32 = descriptorNext(queue, head);
  while (descriptor !== QUEUE_SIZE) {
    count++;
    descriptor = descriptorNext(queue, descriptor);
  }
  return count;
}

function ownedBlockAddress(queue: usize, head: u32): usize {
  return queue + OWNED_BLOCKS + usize(head) * 8;
}

// One queue, from one sender core to one receiver core, in the virtio split
// virtqueue layout (virtio 1.x, "Split Virtqueues"), plus the two sides'
// private bookkeeping and the slots that small messages are copied into.
// The receiver allocates the block from its own pool (queue_directory.ts)
// and zeroes it; offsets are bytes from the block's start (a whole-page
// block, so every part below is cache-line aligned):
//
//      0  descriptor table: QUEUE_SIZE x 16 bytes
//           +0 addr u64  where the bytes are: a slot of this queue, or the
//                        sender's own buffer (descriptor_chain.ts)
//           +8 len u32   how many bytes
//          +12 flags u16 VIRTQ_DESC_F_NEXT: the message goes on in `next`
//          +14 next u16
//   2048  available ring: flags u16, idx u16, ring[QUEUE_SIZE] u16, used_event u16
//   2368  used ring: flags u16, idx u16, ring[QUEUE_SIZE] {id u32, len u32}, avail_event u16
//   3456  sender's line: counters only the sender reads or writes
//   3520  receiver's line: counters only the receiver reads or writes
//   3584  owned blocks: QUEUE_SIZE x u64, the sender's; per chain head, the
//         manual block to free when the chain comes back used (0: none)
//   4608  slots: QUEUE_SIZE x SLOT_BYTES; descriptor d always points at slot d
//         when it carries a copy
//
// Who writes what (each side writes only its own part):
//   sender    descriptors, the available ring (its idx and flags included),
//             its line, the owned blocks, the slots;
//   receiver  the used ring (its idx and flags included), its line.
// The other side only reads, so no location has two writers and no lock is
// needed. One message is one descriptor chain, one available entry and one
// used entry. The receiver takes entries in the order they were made
// available and returns them in that order (virtio's IN_ORDER behaviour),
// so the sender hands out descriptors round robin and gets them back in the
// same order.
//
// Indices: avail.idx and used.idx are free-running 16-bit counters, as the
// specification wants; ring position = index mod QUEUE_SIZE, exact across
// the wrap at 65,536 because QUEUE_SIZE divides 65,536. Each side also keeps
// 32-bit free-running counters in its line; their low 16 bits are what it
// publishes. At most QUEUE_SIZE entries are ever outstanding, so the
// 16-bit difference (published - consumed) mod 65,536 is the exact count.
//
// Every constant is a literal (see checkLayout): a computed module constant
// would be a per-instance variable, read through GS at every use.
import { load16, load32, load64, store16, store32, store64 } from "toro/unsafe";

/** Descriptors per queue: a power of two that divides 65,536. */
export const QUEUE_SIZE: u32 = 128;
export const QUEUE_MASK: u32 = 127;
/** Bytes a slot holds: a message up to this long is one descriptor. */
export const SLOT_BYTES: u32 = 256;
/** Messages up to this long are copied through slots (32 descriptors); longer ones are lent. */
export const COPY_LIMIT: u32 = 8192;

export const DESCRIPTOR_TABLE: usize = 0;
export const DESCRIPTOR_BYTES: usize = 16;
export const AVAILABLE_RING: usize = 2048;
export const USED_RING: usize = 2368;
export const SENDER_LINE: usize = 3456;
export const RECEIVER_LINE: usize = 3520;
export const OWNED_BLOCKS: usize = 3584;
export const SLOTS: usize = 4608;
export const QUEUE_BYTES: usize = 37376;

// Ring fields, from the ring's start.
export const RING_FLAGS: usize = 0;
export const RING_INDEX: usize = 2;
export const RING_ENTRIES: usize = 4;
/** The available ring's used_event, after its QUEUE_SIZE entries (unused: see notification.ts). */
const AVAILABLE_USED_EVENT: usize = 260;
/** The used ring's avail_event, after its QUEUE_SIZE 8-byte entries (unused: see notification.ts). */
const USED_AVAILABLE_EVENT: usize = 1028;

/** Descriptor flag: the chain continues at `next`. */
export const VIRTQ_DESC_F_NEXT: u16 = 1;
/** avail.flags bit: the sender does not want to be told when entries are used. */
export const VIRTQ_AVAIL_F_NO_INTERRUPT: u16 = 1;
/** used.flags bit: the receiver does not want to be told when entries are made available. */
export const VIRTQ_USED_F_NO_NOTIFY: u16 = 1;

// The sender's line.
/** Descriptors handed out, ever (u32, wraps); the next one is this mod QUEUE_SIZE. */
export const SENT_DESCRIPTORS: usize = 0;
/** Descriptors back from the receiver, ever (u32). */
export const RECLAIMED_DESCRIPTORS: usize = 4;
/** Entries made available, ever (u32); avail.idx holds its low 16 bits. */
export const PUBLISHED_ENTRIES: usize = 8;
/** Used entries the sender has taken back, ever (u32). */
export const COMPLETED_ENTRIES: usize = 12;
/** The sender's core, for notifications (written once by the receiver at creation). */
export const SENDER_CORE: usize = 16;

// The receiver's line.
/** Entries taken from the available ring, ever (u32); used.idx holds its low 16 bits. */
export const CONSUMED_ENTRIES: usize = 0;
/** The receiver's core. */
export const RECEIVER_CORE: usize = 4;
/**
 * The descriptor the next message's chain will most likely start at: the
 * one after the last chain's end, since the sender hands descriptors out
 * round robin. Only a prefetch hint (receive.ts); the ring entry decides.
 */
export const PREDICTED_HEAD: usize = 8;

/** Zeroes nothing (the block is zeroed); sets the fields whose start value is not 0. */
export function initialiseQueue(queue: usize, sender: i32, receiver: i32): void {
  store16(queue + AVAILABLE_RING + RING_FLAGS, VIRTQ_AVAIL_F_NO_INTERRUPT);
  store16(queue + USED_RING + RING_FLAGS, VIRTQ_USED_F_NO_NOTIFY);
  store32(queue + SENDER_LINE + SENDER_CORE, u32(sender));
  store32(queue + RECEIVER_LINE + RECEIVER_CORE, u32(receiver));
}

/** True when the literals above describe the layout in the header comment. */
export function layoutConsistent(): boolean {
  return (
    QUEUE_MASK === QUEUE_SIZE - 1 &&
    (QUEUE_SIZE & QUEUE_MASK) === 0 &&
    65536 % QUEUE_SIZE === 0 &&
    AVAILABLE_RING === DESCRIPTOR_TABLE + usize(QUEUE_SIZE) * DESCRIPTOR_BYTES &&
    AVAILABLE_USED_EVENT === RING_ENTRIES + usize(QUEUE_SIZE) * 2 &&
    USED_RING >= AVAILABLE_RING + AVAILABLE_USED_EVENT + 2 &&
    USED_AVAILABLE_EVENT === RING_ENTRIES + usize(QUEUE_SIZE) * 8 &&
    SENDER_LINE >= USED_RING + USED_AVAILABLE_EVENT + 2 &&
    RECEIVER_LINE === SENDER_LINE + 64 &&
    OWNED_BLOCKS === RECEIVER_LINE + 64 &&
    SLOTS === OWNED_BLOCKS + usize(QUEUE_SIZE) * 8 &&
    QUEUE_BYTES === SLOTS + usize(QUEUE_SIZE) * usize(SLOT_BYTES) &&
    COPY_LIMIT <= (QUEUE_SIZE / 4) * SLOT_BYTES &&
    SLOTS % 64 === 0 && USED_RING % 64 === 0 && AVAILABLE_RING % 64 === 0
  );
}

export function descriptorAddress(queue: usize, descriptor: u32): usize {
  return queue + DESCRIPTOR_TABLE + usize(descriptor) * DESCRIPTOR_BYTES;
}

export function slotAddress(queue: usize, descriptor: u32): usize {
  return queue + SLOTS + usize(descriptor) * usize(SLOT_BYTES);
}

export function writeDescriptor(queue: usize, descriptor: u32, address: usize, length: u32, flags: u16, next: u32): void {
  const entry: usize = descriptorAddress(queue, descriptor);
  store64(entry, u64(address));
  store32(entry + 8, length);
  store16(entry + 12, flags);
  store16(entry + 14, u16(next));
}

export function descriptorBufferAddress(queue: usize, descriptor: u32): usize {
  return usize(load64(descriptorAddress(queue, descriptor)));
}

export function descriptorLength(queue: usize, descriptor: u32): u32 {
  return load32(descriptorAddress(queue, descriptor) + 8);
}

/** The next descriptor of the chain, or QUEUE_SIZE when `descriptor` ends it. */
export function descriptorNext(queue: usize, descriptor: u32): u32 {
  const entry: usize = descriptorAddress(queue, descriptor);
  if ((load16(entry + 12) & VIRTQ_DESC_F_NEXT) === 0) {
    return QUEUE_SIZE;
  }
  return u32(load16(entry + 14)) & QUEUE_MASK;
}

export function senderField(queue: usize, field: usize): u32 {
  return load32(queue + SENDER_LINE + field);
}

export function setSenderField(queue: usize, field: usize, value: u32): void {
  store32(queue + SENDER_LINE + field, value);
}

export function receiverField(queue: usize, field: usize): u32 {
  return load32(queue + RECEIVER_LINE + field);
}

export function setReceiverField(queue: usize, field: usize, value: u32): void {
  store32(queue + RECEIVER_LINE + field, value);
}

/** The count difference `later - earlier` of two free-running 16-bit indices. */
export function indexDistance(later: u32, earlier: u32): u32 {
  return (later - earlier) & 0xffff;
}

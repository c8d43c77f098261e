// Reads and writes a queue block by the layout written in the header comment
// of runtime/virtio/split_ring.ts, with the offsets spelled out here rather
// than taken from the module, so that a test comparing the two checks the
// code against its documentation (virtio 1.x split virtqueue layout):
//      0  descriptors: 16 bytes each, addr u64, len u32, flags u16, next u16
//   2048  available ring: flags u16, idx u16, ring[] u16
//   2368  used ring: flags u16, idx u16, ring[] {id u32, len u32}
//   3456  sender's line (+16: sender core), 3520 receiver's line (+4: receiver core)
//   3584  owned blocks, u64 per descriptor
//   4608  slots, 256 bytes per descriptor
import { QueueMachine } from "./queue_machine";

export const DOCUMENTED = {
  QUEUE_SIZE: 128,
  SLOT_BYTES: 256,
  DESCRIPTOR_BYTES: 16,
  AVAILABLE_RING: 2048,
  USED_RING: 2368,
  SENDER_LINE: 3456,
  SENDER_CORE: 16,
  RECEIVER_LINE: 3520,
  RECEIVER_CORE: 4,
  OWNED_BLOCKS: 3584,
  SLOTS: 4608,
  DESC_F_NEXT: 1,
} as const;

export interface RawDescriptor {
  address: number;
  length: number;
  flags: number;
  next: number;
}

export class RawQueue {
  constructor(
    private readonly machine: QueueMachine,
    readonly base: number,
  ) {}

  descriptor(index: number): RawDescriptor {
    const entry = this.base + index * DOCUMENTED.DESCRIPTOR_BYTES;
    const view = this.machine.view;
    return {
      address: Number(view.getBigUint64(entry, true)),
      length: view.getUint32(entry + 8, true),
      flags: view.getUint16(entry + 12, true),
      next: view.getUint16(entry + 14, true),
    };
  }

  setDescriptor(index: number, descriptor: RawDescriptor): void {
    const entry = this.base + index * DOCUMENTED.DESCRIPTOR_BYTES;
    const view = this.machine.view;
    view.setBigUint64(entry, BigInt(descriptor.address), true);
    view.setUint32(entry + 8, descriptor.length, true);
    view.setUint16(entry + 12, descriptor.flags, true);
    view.setUint16(entry + 14, descriptor.next, true);
  }

  availableFlags(): number {
    return this.machine.view.getUint16(this.base + DOCUMENTED.AVAILABLE_RING, true);
  }

  availableIndex(): number {
    return this.machine.view.getUint16(this.base + DOCUMENTED.AVAILABLE_RING + 2, true);
  }

  setAvailableIndex(value: number): void {
    this.machine.view.setUint16(this.base + DOCUMENTED.AVAILABLE_RING + 2, value, true);
  }

  /** The head named by available entry `entry` (a free-running index; its ring position is taken here). */
  availableEntry(entry: number): number {
    return this.machine.view.getUint16(this.availableEntryAddress(entry), true);
  }

  setAvailableEntry(entry: number, head: number): void {
    this.machine.view.setUint16(this.availableEntryAddress(entry), head, true);
  }

  usedFlags(): number {
    return this.machine.view.getUint16(this.base + DOCUMENTED.USED_RING, true);
  }

  usedIndex(): number {
    return this.machine.view.getUint16(this.base + DOCUMENTED.USED_RING + 2, true);
  }

  usedEntry(entry: number): { id: number; length: number } {
    const element = this.base + DOCUMENTED.USED_RING + 4 + (entry % DOCUMENTED.QUEUE_SIZE) * 8;
    return { id: this.machine.view.getUint32(element, true), length: this.machine.view.getUint32(element + 4, true) };
  }

  ownedBlock(descriptor: number): number {
    return Number(this.machine.view.getBigUint64(this.base + DOCUMENTED.OWNED_BLOCKS + descriptor * 8, true));
  }

  senderCore(): number {
    return this.machine.view.getUint32(this.base + DOCUMENTED.SENDER_LINE + DOCUMENTED.SENDER_CORE, true);
  }

  receiverCore(): number {
    return this.machine.view.getUint32(this.base + DOCUMENTED.RECEIVER_LINE + DOCUMENTED.RECEIVER_CORE, true);
  }

  slotAddress(descriptor: number): number {
    return this.base + DOCUMENTED.SLOTS + descriptor * DOCUMENTED.SLOT_BYTES;
  }

  private availableEntryAddress(entry: number): number {
    return this.base + DOCUMENTED.AVAILABLE_RING + 4 + (entry % DOCUMENTED.QUEUE_SIZE) * 2;
  }
}

/** Descriptors a copied message of `length` bytes should take: one per started slot, one for an empty message. */
export function expectedSlots(length: number): number {
  return Math.max(1, Math.ceil(length / DOCUMENTED.SLOT_BYTES));
}

// A Node stand-in for the memory one virtio queue lives in, so that the
// queue's dialect files (runtime/virtio/split_ring.ts, transmit.ts,
// receive.ts) run without the compiler. The sender and the receiver are both
// played by the test, one step at a time, on the same memory.
//
// Memory is one ArrayBuffer, little-endian like x86-64; [0, 64 KiB) is never
// handed out, so a small value used as an address fails. allocate() is a bump
// allocator of zeroed blocks. toro/unsafe's loads, stores, acquire/release
// accesses and copyMemory act on it, refusing what the compiled code would
// not do silently: an address that is not an integer or falls outside memory,
// a stored value outside its width (Node's integers do not wrap, so such a
// value means Node and the compiled code have parted ways), copies whose
// ranges overlap. Around the files under test:
//   memory/heap.ts   free records each block given back, in order;
//   panic.ts         panicWithoutLocation throws QueuePanic.
// An access budget (limitAccesses) turns a runaway loop in the code under
// test into an error instead of a hung test.
import { DialectLoader, ModuleExports } from "../lang/dialect_loader";

const RESERVED_LOW_BYTES = 64 * 1024;
const PAGE_BYTES = 4096;

/** What panicWithoutLocation raises under Node. */
export class QueuePanic extends Error {}

/** Raised when the code under test makes more memory accesses than limitAccesses allowed. */
export class AccessBudgetExceeded extends Error {}

/** The exports the tests use, typed. Addresses and lengths are numbers. */
export interface QueueModules {
  splitRing: {
    QUEUE_SIZE: number;
    QUEUE_MASK: number;
    SLOT_BYTES: number;
    COPY_LIMIT: number;
    QUEUE_BYTES: number;
    DESCRIPTOR_TABLE: number;
    DESCRIPTOR_BYTES: number;
    AVAILABLE_RING: number;
    USED_RING: number;
    SENDER_LINE: number;
    RECEIVER_LINE: number;
    OWNED_BLOCKS: number;
    SLOTS: number;
    VIRTQ_DESC_F_NEXT: number;
    initialiseQueue(queue: number, sender: number, receiver: number): void;
    layoutConsistent(): boolean;
  };
  transmit: {
    NO_ENTRY: number;
    slotsFor(length: number): number;
    postCopied(queue: number, source: number, length: number): boolean;
    postLent(queue: number, buffer: number, length: number, owned: number): number;
    entryCompleted(queue: number, entry: number): boolean;
    reserveDescriptors(queue: number, count: number): boolean;
  };
  receive: {
    messagesWaiting(queue: number): number;
    nextHead(queue: number): number;
    messageLength(queue: number, head: number): number;
    copyMessage(queue: number, head: number, destination: number): void;
    completeMessage(queue: number, head: number, length: number): void;
  };
}

export class QueueMachine {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  /** Blocks given to heap.free, in order. */
  readonly freed: number[] = [];
  readonly modules: QueueModules;
  private next = RESERVED_LOW_BYTES;
  private accessesLeft = Infinity;

  constructor(memoryBytes = 1024 * 1024) {
    this.bytes = new Uint8Array(memoryBytes);
    this.view = new DataView(this.bytes.buffer);
    this.modules = this.loadQueue();
  }

  /** A zeroed block of `bytes`, aligned to `alignment` (a power of two). */
  allocate(bytes: number, alignment = 64): number {
    const block = Math.ceil(this.next / alignment) * alignment;
    if (block + bytes > this.bytes.length) throw new Error("emulated memory exhausted");
    this.next = block + bytes;
    this.bytes.fill(0, block, block + bytes);
    return block;
  }

  /** A new queue as the receiver makes one: a zeroed whole-page block, initialised. */
  newQueue(sender = 0, receiver = 1): number {
    const queue = this.allocate(this.modules.splitRing.QUEUE_BYTES, PAGE_BYTES);
    this.modules.splitRing.initialiseQueue(queue, sender, receiver);
    return queue;
  }

  write(address: number, data: Uint8Array): void {
    this.bytes.set(data, checked(this.bytes, address, data.length));
  }

  /** A copy of `length` bytes at `address`. */
  read(address: number, length: number): Uint8Array {
    const start = checked(this.bytes, address, length);
    return this.bytes.slice(start, start + length);
  }

  /** After this, at most `count` more toro/unsafe calls; then AccessBudgetExceeded. */
  limitAccesses(count: number): void {
    this.accessesLeft = count;
  }

  private spend(): void {
    this.accessesLeft--;
    if (this.accessesLeft < 0) throw new AccessBudgetExceeded("the code under test ran past its access budget (a runaway loop?)");
  }

  private loadQueue(): QueueModules {
    const loader = new DialectLoader({ "toro/unsafe": this.unsafeModule() }, {}, { replacements: this.replacements() });
    const load = (name: string): ModuleExports => loader.load(`runtime/virtio/${name}.ts`);
    return {
      splitRing: load("split_ring"),
      transmit: load("transmit"),
      receive: load("receive"),
    } as unknown as QueueModules;
  }

  private unsafeModule(): Record<string, unknown> {
    const view = this.view;
    const bytes = this.bytes;
    const load16 = (address: number): number => {
      this.spend();
      return view.getUint16(checked(bytes, address, 2), true);
    };
    const store16 = (address: number, value: number): void => {
      this.spend();
      view.setUint16(checked(bytes, address, 2), inRange(value, 0xffff, "store16"), true);
    };
    return {
      load16,
      load32: (address: number): number => {
        this.spend();
        return view.getUint32(checked(bytes, address, 4), true);
      },
      load64: (address: number): number => {
        this.spend();
        return Number(view.getBigUint64(checked(bytes, address, 8), true));
      },
      store16,
      store32: (address: number, value: number): void => {
        this.spend();
        view.setUint32(checked(bytes, address, 4), inRange(value, 0xffffffff, "store32"), true);
      },
      store64: (address: number, value: number): void => {
        this.spend();
        view.setBigUint64(checked(bytes, address, 8), BigInt(inRange(value, Number.MAX_SAFE_INTEGER, "store64")), true);
      },
      // One thread plays both cores, so program order is the only order: the
      // acquire and release accesses are plain ones.
      atomicLoadAcquire16: load16,
      atomicStoreRelease16: store16,
      copyMemory: (destination: number, source: number, count: number): void => {
        this.spend();
        checked(bytes, destination, count);
        checked(bytes, source, count);
        if (count > 0 && destination < source + count && source < destination + count) {
          throw new Error(`copyMemory: [${destination}, +${count}) overlaps [${source}, +${count})`);
        }
        bytes.copyWithin(destination, source, source + count);
      },
    };
  }

  private replacements(): Record<string, ModuleExports> {
    return {
      "runtime/kernel/memory/heap.ts": {
        free: (block: number): void => {
          this.freed.push(block);
        },
      },
      "runtime/kernel/panic.ts": {
        panicWithoutLocation: (message: string): never => {
          throw new QueuePanic(message);
        },
      },
    };
  }
}

/** `address`, once it is an integer and [address, address + size) lies in handed-out memory. */
function checked(bytes: Uint8Array, address: number, size: number): number {
  if (!Number.isInteger(address) || !Number.isInteger(size) || size < 0) {
    throw new Error(`access of ${size} bytes at ${address}: not integers`);
  }
  if (address < RESERVED_LOW_BYTES || address + size > bytes.length) {
    throw new Error(`access of ${size} bytes at ${address}: outside emulated memory`);
  }
  return address;
}

/** `value`, once it is an integer in 0..maximum (what the store's width holds). */
function inRange(value: number, maximum: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > maximum) throw new Error(`${what} of ${value}: outside its width`);
  return value;
}

/** The QueuePanic that `action` throws (a failure when it throws none). */
export function expectQueuePanic(action: () => unknown): QueuePanic {
  try {
    action();
  } catch (error) {
    if (error instanceof QueuePanic) return error;
    throw error;
  }
  throw new Error("expected a queue panic");
}

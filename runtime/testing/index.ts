// toro/testing: runtime-side exercises for the kernel's own tests.
//
// Application code cannot reach the allocator's manual blocks or raw memory
// (toro/unsafe is runtime-only), yet the kernel-runtime issue asks for an
// allocator stress test across cores. This module, imported by name only by
// test programs (it is not linked into other images), runs that stress on
// every core at once.
//
// The stress: each core allocates manual blocks of pseudo-random sizes,
// fills every byte with a pattern derived from (producer core, sequence,
// offset), and hands each block to the next core through a single-producer,
// single-consumer ring; the receiving core checks every byte and frees the
// block, so every free of a handed-over block happens on a core that does not
// own it (the owner's lock-free remote free list). Every other block a core
// allocates it checks and frees itself. Rings live in one manual block that
// core 0 allocates and passes to the workers it spawns (spawn's argument).
import { atomicLoad64, atomicStore64, load8, store8 } from "toro/unsafe";
import { SysThreadSwitch, cores, join, panic, rank, spawn } from "toro/kernel";
import { allocateManual, free } from "../kernel/memory/heap";

/** Slots per ring (a power of two); a full ring makes the producer yield. */
const RING_SLOTS: u64 = 64;
/** Per core: [head: u64][tail: u64][pad to 64][slots: u64 x 64]. */
const RING_BYTES: usize = 576;
const RING_SLOTS_OFFSET: usize = 64;
const LARGEST_BLOCK: u32 = 1024;

/**
 * Runs the stress with `blocksPerCore` handed-over blocks per core (twice as
 * many allocations, and as many frees) and returns a one-line summary; panics
 * on the first byte that does not hold its pattern. Call it on core 0 only.
 */
export function allocatorStressAcrossCores(blocksPerCore: i32): string {
  const count: i32 = cores();
  const rings: usize = allocateManual(RING_BYTES * usize(count) + 8);
  atomicStore64(rings + RING_BYTES * usize(count), u64(blocksPerCore));
  const workers = new Int32Array(count);
  for (let core: i32 = 0; core < count; core++) workers[core] = spawn(stressWorker, i64(rings), core);
  for (const worker of workers) join(worker);
  free(rings);
  return `allocator stress: ${count} cores, ${i64(blocksPerCore) * i64(count) * 4} operations, all blocks intact`;
}

function stressWorker(argument: i64): void {
  const rings: usize = usize(argument);
  const count: i32 = cores();
  const blocks: u64 = atomicLoad64(rings + RING_BYTES * usize(count));
  const me: i32 = rank();
  const next: i32 = (me + 1) % count;
  let random: u32 = u32(me) * 2654435761 + 12345;
  let sent: u64 = 0;
  let received: u64 = 0;
  while (sent < blocks || received < blocks) {
    if (sent < blocks && ringHasRoom(rings, next)) {
      random = nextRandom(random);
      ringPush(rings, next, makeBlock(me, sent, 16 + random % LARGEST_BLOCK));
      random = nextRandom(random);
      const local: usize = makeBlock(me, sent + blocks, 16 + random % LARGEST_BLOCK);
      checkBlock(local);
      free(local);
      sent++;
    } else if (received < blocks && ringHasItem(rings, me)) {
      const block: usize = ringPop(rings, me);
      checkBlock(block);
      free(block);
      received++;
    } else {
      SysThreadSwitch();
    }
  }
}

// A block: [size: u64][producer: u64][sequence: u64][pattern bytes...].
function makeBlock(producer: i32, sequence: u64, size: u32): usize {
  const block: usize = allocateManual(usize(size) + 24);
  atomicStore64(block, u64(size));
  atomicStore64(block + 8, u64(producer));
  atomicStore64(block + 16, sequence);
  for (let offset: u32 = 0; offset < size; offset++) store8(block + 24 + usize(offset), patternByte(producer, sequence, offset));
  return block;
}

function checkBlock(block: usize): void {
  const size: u32 = u32(atomicLoad64(block));
  const producer: i32 = i32(atomicLoad64(block + 8));
  const sequence: u64 = atomicLoad64(block + 16);
  for (let offset: u32 = 0; offset < size; offset++) {
    if (load8(block + 24 + usize(offset)) !== patternByte(producer, sequence, offset)) {
      panic(`allocator stress: block ${sequence} from core ${producer} corrupted at byte ${offset}`);
    }
  }
}

function patternByte(producer: i32, sequence: u64, offset: u32): u8 {
  return u8((u64(producer) * 131 + sequence * 7 + u64(offset)) & 0xff);
}

function nextRandom(state: u32): u32 {
  return state * 1664525 + 1013904223;
}

function ringBase(rings: usize, core: i32): usize {
  return rings + RING_BYTES * usize(core);
}

function ringHasRoom(rings: usize, core: i32): boolean {
  const ring: usize = ringBase(rings, core);
  return atomicLoad64(ring) - atomicLoad64(ring + 8) < RING_SLOTS;
}

function ringHasItem(rings: usize, core: i32): boolean {
  const ring: usize = ringBase(rings, core);
  return atomicLoad64(ring) !== atomicLoad64(ring + 8);
}

/** Producer side: the slot first, then the head (the consumer reads the head before the slot). */
function ringPush(rings: usize, core: i32, block: usize): void {
  const ring: usize = ringBase(rings, core);
  const head: u64 = atomicLoad64(ring);
  atomicStore64(ring + RING_SLOTS_OFFSET + usize(head % RING_SLOTS) * 8, u64(block));
  atomicStore64(ring, head + 1);
}

function ringPop(rings: usize, core: i32): usize {
  const ring: usize = ringBase(rings, core);
  const tail: u64 = atomicLoad64(ring + 8);
  const block: usize = usize(atomicLoad64(ring + RING_SLOTS_OFFSET + usize(tail % RING_SLOTS) * 8));
  atomicStore64(ring + 8, tail + 1);
  return block;
}

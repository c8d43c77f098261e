// The kernel's state that all cores share and change: one block of cells,
// each a 64-bit word on a cache line of its own (so that cores spinning on
// one cell do not slow down the users of another), changed only with the
// atomics of toro/unsafe.
//
// Module variables cannot be reached by address (the atomics need one), so
// the cells live in a block that the boot core allocates (memory/heap.ts,
// manual kind: never moved, scanned or reclaimed) right after the memory
// pools exist and before any other core starts. Until then only the boot
// core runs and nothing needs to be atomic: sharedCell returns 0, and each
// user treats 0 as "one core, no sharing yet" (this is also how the memory
// system's tests on Node, which never allocate the block, see the kernel).

/** Bytes of the block the boot core allocates for the cells. */
export const SHARED_STATE_BYTES: usize = 4096;
const CELL_STRIDE: usize = 64;

/** The console lock: 0 when free, else the holder's rank + 1 (console_lock.ts). */
export const CELL_CONSOLE_LOCK: usize = 0;
/** 0 until a panic starts, then the panicking core's rank + 1 (panic.ts). */
export const CELL_PANIC_OWNER: usize = 1;
/** Secondary cores that have started and attached their memory (secondary_cores.ts). */
export const CELL_CORES_ONLINE: usize = 2;
/** Program instances that have finished (instance_exit.ts). */
export const CELL_INSTANCES_FINISHED: usize = 3;
/** The first nonzero exit status, as u32 bits, or 0 (instance_exit.ts). */
export const CELL_FIRST_FAILURE: usize = 4;
/** The virtio bus's queue table, 0 until the first core installs it (runtime/virtio/queue_directory.ts). */
export const CELL_QUEUE_TABLE: usize = 5;

/**
 * The block's address, 0 before useSharedState. Written once by the boot
 * core before any other core starts.
 * @shared
 */
let block: usize = 0;

/** Takes `address` (SHARED_STATE_BYTES, zeroed, 64-byte aligned) as the block of cells. */
export function useSharedState(address: usize): void {
  block = address;
}

/** The address of cell `index` (a CELL_* constant), or 0 before useSharedState. */
export function sharedCell(index: usize): usize {
  return block === 0 ? 0 : block + index * CELL_STRIDE;
}

// The heap's public face: the allocation entry points the compiler and the
// runtime call, free(), and the boot-time set-up of the per-core pools.
//
//   __toro_alloc(size)       runtime-abi.md: zeroed, 16-byte aligned, for any
//                            object; scanned by the collector (it may hold
//                            references), reclaimed when unreachable.
//   __toro_alloc_leaf(size)  the same for objects that hold no references
//                            (string units, numeric typed-array elements):
//                            reclaimed, never scanned.
//   allocateManual(size)     neither scanned nor reclaimed: lives until free();
//                            the kind to use for blocks handed to another core.
//   free(address)            from any core (allocator.ts).
//   collectThisCore()        a collection of the calling core's pool now.
//
// How the pieces fit: pools.ts (division of RAM, per-core pool), size_classes,
// spans and page_runs (the allocator's structures), allocator.ts, remote_free
// (cross-core free), collector.ts with roots, marking and sweeping, and
// collection_policy.ts (when to collect). layout.ts draws the pool.
import { allocate, freeBlock } from "./allocator";
import { collect } from "./collector";
import { KIND_LEAF, KIND_MANUAL, KIND_SCANNED } from "./layout";
import { findUsableRam, usableRamEnd, usableRamStart } from "./memory_map";
import { currentPool, initialisePools } from "./pools";
import { panicWithoutLocation } from "../panic";

/**
 * Divides usable RAM into `coreCount` pools and gives pool 0 to the calling
 * (boot) core. Run once, after commandLineInit, before any allocation and
 * before other cores start; each of them then calls attachCore (pools.ts).
 */
export function initialiseMemory(startInfo: usize, coreCount: i32): void {
  findUsableRam(startInfo);
  initialisePools(usableRamStart(), usableRamEnd(), coreCount);
}

export function __toro_alloc(size: usize): usize {
  return allocate(size, KIND_SCANNED);
}

export function __toro_alloc_leaf(size: usize): usize {
  return allocate(size, KIND_LEAF);
}

export function allocateLeaf(size: usize): usize {
  return allocate(size, KIND_LEAF);
}

export function allocateManual(size: usize): usize {
  return allocate(size, KIND_MANUAL);
}

export function free(address: usize): void {
  freeBlock(address);
}

export function collectThisCore(): void {
  const pool: usize = currentPool();
  if (pool === 0) {
    panicWithoutLocation("garbage collection on a core without a memory pool");
  }
  collect(pool);
}

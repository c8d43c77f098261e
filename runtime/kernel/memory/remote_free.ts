// The remote free list: how a core gives a block back to the core that owns it,
// without a lock and without touching the owner's allocator state.
//
// Each pool has one list head (HEADER_REMOTE_FREE, on a cache line of its own),
// a Treiber stack linked through the first word of the freed blocks:
//  - another core pushes: read the head, write it into the block's first word,
//    compare-exchange the head from that value to the block; retry on failure;
//  - the owner takes the whole list at once: compare-exchange the head from
//    its current value to 0 (retried only while pushes race with it), then
//    frees each block locally. It does so before each allocation that finds
//    the head non-empty and at the start of each collection.
//
// Why ABA cannot hurt: the classic ABA failure is a pop that reads head A and
// A's successor, then swaps in that stale successor after A was popped and
// pushed again. Here nobody pops one node. A pusher's compare-exchange only
// succeeds when the head still equals the value it wrote into its own block, so
// the block it installs always links to the actual current list, whatever
// happened to that head block meanwhile (even if it was taken, reused and
// pushed again). The owner's exchange installs 0, which depends on no node's
// contents. And the pushed block is the pusher's alone until the push succeeds.
//
// Ordering: the link word is written before the sequentially consistent
// compare-exchange that publishes the block, and the owner reads links only
// after its own compare-exchange took the list, so it sees every link.
//
// Only manual blocks (KIND_MANUAL) may be freed by another core (allocator.ts
// checks): a collected block could be swept by its owner while on this list.
import { atomicCompareExchange64, atomicLoad64, load64, store64 } from "toro/unsafe";
import { HEADER_REMOTE_FREE } from "./layout";
import { freeLocal } from "./local_free";

/** Pushes `block` onto the remote free list of `owner` (another core's pool). */
export function pushRemoteFree(owner: usize, block: usize): void {
  const head: usize = owner + HEADER_REMOTE_FREE;
  let observed: u64 = atomicLoad64(head);
  store64(block, observed);
  while (!atomicCompareExchange64(head, observed, u64(block))) {
    observed = atomicLoad64(head);
    store64(block, observed);
  }
}

/** True when other cores have pushed blocks that the owner has not taken yet. */
export function remoteFreesPending(pool: usize): boolean {
  return atomicLoad64(pool + HEADER_REMOTE_FREE) !== 0;
}

/** Takes the whole remote free list of the calling core's `pool` and frees every block on it. */
export function drainRemoteFrees(pool: usize): void {
  const head: usize = pool + HEADER_REMOTE_FREE;
  let list: u64 = atomicLoad64(head);
  while (list !== 0 && !atomicCompareExchange64(head, list, 0)) {
    list = atomicLoad64(head);
  }
  while (list !== 0) {
    const block: usize = usize(list);
    list = load64(block);
    freeLocal(pool, block);
  }
}

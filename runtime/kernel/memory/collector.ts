// The collector: per-core, stop-the-core mark and sweep with conservative roots.
//
// Each core collects its own pool only, on its own, while its program instance
// waits inside the allocation that triggered the collection: instances share no
// collected objects, so no other core needs to pause, and no lock is taken.
// The steps:
//   1. take the remote free list (remote_free.ts), so that no block freed by
//      another core is swept as well;
//   2. mark from the roots (roots.ts), then through scanned blocks
//      (marking.ts);
//   3. sweep (sweeping.ts): unmarked collected blocks become free, empty spans
//      and dead large objects give their pages back, free runs are coalesced;
//   4. set the next budget from the surviving bytes (collection_policy.ts).
// A collection allocates nothing and never re-enters itself.
import {
  HEADER_ALLOCATED_SINCE,
  HEADER_BUDGET,
  HEADER_COLLECTING,
  HEADER_COLLECTIONS,
  HEADER_LIVE_AFTER_COLLECTION,
  headerAdd,
  headerLoad,
  headerStore,
} from "./layout";
import { budgetAfterCollection } from "./collection_policy";
import { completeMarking } from "./marking";
import { drainRemoteFrees } from "./remote_free";
import { markRoots } from "./roots";
import { sweep } from "./sweeping";
import { panicWithoutLocation } from "../panic";

/** Collects the calling core's `pool`. */
export function collect(pool: usize): void {
  if (headerLoad(pool, HEADER_COLLECTING) !== 0) {
    panicWithoutLocation("garbage collection started during a garbage collection");
  }
  headerStore(pool, HEADER_COLLECTING, 1);
  drainRemoteFrees(pool);
  markRoots(pool);
  completeMarking(pool);
  const live: usize = sweep(pool);
  headerAdd(pool, HEADER_COLLECTIONS, 1);
  headerStore(pool, HEADER_LIVE_AFTER_COLLECTION, live);
  headerStore(pool, HEADER_ALLOCATED_SINCE, 0);
  headerStore(pool, HEADER_BUDGET, budgetAfterCollection(pool, live));
  headerStore(pool, HEADER_COLLECTING, 0);
}

/** Collects first when `bytes` more would exceed the budget; then counts them. */
export function chargeAllocation(pool: usize, bytes: usize): void {
  if (headerLoad(pool, HEADER_ALLOCATED_SINCE) + bytes > headerLoad(pool, HEADER_BUDGET)) {
    collect(pool);
  }
  headerAdd(pool, HEADER_ALLOCATED_SINCE, bytes);
}

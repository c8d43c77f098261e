// Figures about the calling core's pool, for toro/kernel's memoryStatistics()
// and for tests. All are bytes except the counts.
import {
  HEADER_ALLOCATIONS,
  HEADER_COLLECTIONS,
  HEADER_CORE,
  HEADER_FREE_PAGES,
  HEADER_LIVE_AFTER_COLLECTION,
  HEADER_PEAK_PAGES,
  HEADER_USED_BYTES,
  PAGE_SIZE,
  headerLoad,
  pageCount,
} from "./layout";
import { largestFreeRun } from "./page_runs";
import { currentPool } from "./pools";

/** The core that owns the calling core's pool. */
export function poolCore(): usize {
  return headerLoad(currentPool(), HEADER_CORE);
}

/** Bytes of object pages (the pool minus its metadata). */
export function capacityBytes(): usize {
  return pageCount(currentPool()) * PAGE_SIZE;
}

/** Bytes in allocated blocks, counted by slot size or whole pages. */
export function usedBytes(): usize {
  return headerLoad(currentPool(), HEADER_USED_BYTES);
}

/** Bytes in free page runs (free slots inside spans are not counted). */
export function freeBytes(): usize {
  return headerLoad(currentPool(), HEADER_FREE_PAGES) * PAGE_SIZE;
}

/** Bytes of the pages held by spans and large objects now. */
export function pagesInUseBytes(): usize {
  return capacityBytes() - freeBytes();
}

/** The most bytes of pages ever held by spans and large objects at once. */
export function peakPagesInUseBytes(): usize {
  return headerLoad(currentPool(), HEADER_PEAK_PAGES) * PAGE_SIZE;
}

export function largestFreeRunBytes(): usize {
  return largestFreeRun(currentPool()) * PAGE_SIZE;
}

export function liveBytesAfterCollection(): usize {
  return headerLoad(currentPool(), HEADER_LIVE_AFTER_COLLECTION);
}

export function collectionCount(): usize {
  return headerLoad(currentPool(), HEADER_COLLECTIONS);
}

export function allocationCount(): usize {
  return headerLoad(currentPool(), HEADER_ALLOCATIONS);
}

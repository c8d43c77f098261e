// Freeing a block on the core that owns it: an explicit free(), or a block
// another core handed back through the remote free list (remote_free.ts).
//
// A small slot goes back on its (class, kind) free list at once; its span stays
// a span until the next sweep, which gives the pages back if the span is then
// empty. A large object's pages go straight back to the free runs. Anything
// that is not the start of an allocated block of this pool is a panic, so a
// double free or a stray address is caught where it happens.
import { load8, store8 } from "toro/unsafe";
import {
  HEADER_USED_BYTES,
  LARGE_ALLOCATED,
  PAGE_LARGE,
  PAGE_SIZE,
  PAGE_SPAN,
  PAGE_SPAN_REST,
  RECORD_FLAGS,
  RECORD_KIND,
  headerSubtract,
  objectsEnd,
  objectsStart,
  pageAddress,
  pageIndex,
  record,
  recordHead,
  recordLength,
  recordState,
} from "./layout";
import { badFree } from "./out_of_memory";
import { releasePages } from "./page_runs";
import { classSize, classSlots } from "./size_classes";
import { clearAllocated, isAllocated, pushFreeSlot, setSpanLive, spanClass, spanLive } from "./spans";

/** Frees the block starting at `address` in `pool`, the calling core's own pool. */
export function freeLocal(pool: usize, address: usize): void {
  if (address < objectsStart(pool) || address >= objectsEnd(pool)) {
    badFree("not in the object pages of this core's pool", address);
  }
  let page: usize = pageIndex(pool, address);
  let entry: usize = record(pool, page);
  if (recordState(entry) === PAGE_SPAN_REST) {
    page = recordHead(entry);
    entry = record(pool, page);
  }
  const state: u8 = recordState(entry);
  if (state === PAGE_SPAN) {
    freeSlot(pool, entry, pageAddress(pool, page), address);
  } else if (state === PAGE_LARGE && pageAddress(pool, page) === address) {
    freeLarge(pool, entry, page, address);
  } else {
    badFree("not the start of an allocated block", address);
  }
}

function freeSlot(pool: usize, entry: usize, spanStart: usize, address: usize): void {
  const sizeClass: usize = spanClass(entry);
  const size: usize = classSize(pool, sizeClass);
  const slot: usize = usize((address - spanStart) / size);
  if (slot >= classSlots(pool, sizeClass) || spanStart + slot * size !== address) {
    badFree("not the start of an allocated block", address);
  }
  if (!isAllocated(entry, slot)) {
    badFree("the block is not allocated (freed twice?)", address);
  }
  clearAllocated(entry, slot);
  setSpanLive(entry, spanLive(entry) - 1);
  headerSubtract(pool, HEADER_USED_BYTES, size);
  pushFreeSlot(pool, sizeClass, load8(entry + RECORD_KIND), address);
}

function freeLarge(pool: usize, entry: usize, page: usize, address: usize): void {
  if ((load8(entry + RECORD_FLAGS) & LARGE_ALLOCATED) === 0) {
    badFree("the block is not allocated (freed twice?)", address);
  }
  store8(entry + RECORD_FLAGS, 0);
  const pages: usize = recordLength(entry);
  headerSubtract(pool, HEADER_USED_BYTES, pages * PAGE_SIZE);
  releasePages(pool, page, pages);
}

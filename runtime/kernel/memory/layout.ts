// The layout of a core's memory pool: where its metadata lives and what each
// field means. Every other file of this folder reaches the pool through the
// offsets and accessors here.
//
// A pool is a page-aligned range of RAM owned by one core:
//
//   [header page][page records][mark stack][object pages ..................]
//   ^ pool start                           ^ objects start            pool end ^
//
// - The header (one page) holds the pool's counters, the free lists of the
//   size classes, the bins of free page runs, the class tables, the register
//   spill area of the collector and, on a cache line of its own, the head of
//   the remote free list (the only field other cores write).
// - One 96-byte record per object page (PAGE_RECORD_SIZE) says what the page
//   holds: part of a free run, of a small-object span, or of a large object.
//   The first page of a span also carries the span's allocation and mark
//   bitmaps (one bit per object slot, at most 256 slots).
// - The mark stack is MARK_STACK_ENTRIES addresses for the collector.
//
// Nothing here allocates: the pool's metadata is carved out of the pool itself.
// Integer division is written usize(a / b) so that these files behave the same
// under Node (tests/runtime/kernel/memory), where integers are doubles; bitmap
// words are u32 for the same reason (JavaScript's bitwise operators work on 32
// bits).
import { load32, load64, load8, store32, store64, store8 } from "toro/unsafe";

export const PAGE_SIZE: usize = 4096;
/** Every block starts on a granule and is a whole number of granules (runtime-abi.md: 16-byte aligned). */
export const GRANULE: usize = 16;

// ---- block kinds ----------------------------------------------------------------------------
/** May hold references: scanned word by word when marked, reclaimed when unreachable. */
export const KIND_SCANNED: u8 = 0;
/** Holds no references (string units, numeric elements): reclaimed, never scanned. */
export const KIND_LEAF: u8 = 1;
/** Neither scanned nor reclaimed: lives until free(); the only kind that may cross cores. */
export const KIND_MANUAL: u8 = 2;
export const KIND_COUNT: usize = 3;

// ---- header fields (byte offsets from the pool start) ----------------------------------------
export const HEADER_CORE: usize = 0;
export const HEADER_POOL_END: usize = 8;
export const HEADER_OBJECTS_START: usize = 16;
/** Object pages in the pool (records are indexed 0 .. this - 1). */
export const HEADER_PAGE_COUNT: usize = 24;
export const HEADER_RECORDS: usize = 32;
export const HEADER_MARK_STACK: usize = 40;
/** Entries on the mark stack now. */
export const HEADER_MARK_DEPTH: usize = 48;
/** 1 when a push found the mark stack full: marked objects must be rescanned. */
export const HEADER_MARK_OVERFLOW: usize = 56;
/** Pages in free runs. */
export const HEADER_FREE_PAGES: usize = 64;
/** Bytes in allocated blocks (slot sizes and whole pages, not requested sizes). */
export const HEADER_USED_BYTES: usize = 72;
/** The most pages ever held by spans and large objects at once. */
export const HEADER_PEAK_PAGES: usize = 80;
/** Bytes allocated since the last collection ended. */
export const HEADER_ALLOCATED_SINCE: usize = 88;
/** A collection starts when HEADER_ALLOCATED_SINCE would exceed this (collector.ts). */
export const HEADER_BUDGET: usize = 96;
export const HEADER_COLLECTIONS: usize = 104;
/** Bytes in blocks that survived the last collection. */
export const HEADER_LIVE_AFTER_COLLECTION: usize = 112;
/** 1 while this core collects (a collection never allocates, so this only guards against bugs). */
export const HEADER_COLLECTING: usize = 120;
export const HEADER_ALLOCATIONS: usize = 128;
/** Callee-saved registers of the collecting core (roots.ts), REGISTER_SPILL_BYTES long. */
export const HEADER_REGISTER_SPILL: usize = 192;
export const REGISTER_SPILL_BYTES: usize = 64;
/**
 * The remote free list (remote_free.ts): the only field other cores write.
 * It has the cache line 256..319 to itself, so that their compare-exchanges
 * do not steal the line holding the owner's counters.
 */
export const HEADER_REMOTE_FREE: usize = 256;
/** Free-object list heads, one per (size class, kind): 8-byte addresses, 0 = empty. */
export const HEADER_CLASS_LISTS: usize = 320;
/** Free-run bins (page_runs.ts): u32 page index + 1 of the first run, 0 = empty. */
export const HEADER_RUN_BINS: usize = 896;
export const RUN_BIN_COUNT: usize = 40;
/** Class tables (size_classes.ts): u32 slot size, u32 slots per span, u32 pages per span. */
export const HEADER_CLASS_SIZES: usize = 1088;
export const HEADER_CLASS_SLOTS: usize = 1184;
export const HEADER_CLASS_PAGES: usize = 1280;
/** u8 size class for each granule count 0..128. */
export const HEADER_CLASS_FOR_GRANULES: usize = 1376;
export const HEADER_BYTES: usize = 4096;

// ---- page records -------------------------------------------------------------------------------
export const PAGE_RECORD_SIZE: usize = 96;
/** u8: one of the PAGE_* states below. */
export const RECORD_STATE: usize = 0;
/** u8: the block kind of a span or a large object. */
export const RECORD_KIND: usize = 1;
/** u8: the size class of a span. */
export const RECORD_CLASS: usize = 2;
/** u8: LARGE_ALLOCATED | LARGE_MARKED for a large object. */
export const RECORD_FLAGS: usize = 3;
/** u32: pages in the run, span or large object (valid in its first page; in a free run's last page too). */
export const RECORD_LENGTH: usize = 4;
/** u32: index of the first page of the span, large object or free run (free runs: valid in the last page). */
export const RECORD_HEAD: usize = 8;
/** u32: allocated slots of a span. */
export const RECORD_LIVE: usize = 12;
/** u32 page index + 1 of the next and previous runs in the same bin (first page of a free run). */
export const RECORD_NEXT_RUN: usize = 16;
export const RECORD_PREVIOUS_RUN: usize = 20;
/** A span's bitmaps: 8 u32 words each, bit i for slot i. */
export const RECORD_ALLOCATED_BITS: usize = 32;
export const RECORD_MARK_BITS: usize = 64;
export const BITMAP_WORDS: usize = 8;

/** Part of a free run. Every page of a free run has this state. */
export const PAGE_FREE: u8 = 1;
/** First page of a small-object span. */
export const PAGE_SPAN: u8 = 2;
/** Other pages of a span (RECORD_HEAD names the first). */
export const PAGE_SPAN_REST: u8 = 3;
/** First page of a large object. */
export const PAGE_LARGE: u8 = 4;
/** Other pages of a large object (RECORD_HEAD names the first). */
export const PAGE_LARGE_REST: u8 = 5;

export const LARGE_ALLOCATED: u8 = 1;
export const LARGE_MARKED: u8 = 2;

/** 64 KiB of mark stack per pool; deeper graphs take the overflow path (marking.ts). */
export const MARK_STACK_ENTRIES: usize = 8192;

// ---- accessors --------------------------------------------------------------------------------
export function headerLoad(pool: usize, field: usize): usize {
  return usize(load64(pool + field));
}

export function headerStore(pool: usize, field: usize, value: usize): void {
  store64(pool + field, u64(value));
}

export function headerAdd(pool: usize, field: usize, delta: usize): void {
  store64(pool + field, load64(pool + field) + u64(delta));
}

export function headerSubtract(pool: usize, field: usize, delta: usize): void {
  store64(pool + field, load64(pool + field) - u64(delta));
}

export function objectsStart(pool: usize): usize {
  return usize(load64(pool + HEADER_OBJECTS_START));
}

export function pageCount(pool: usize): usize {
  return usize(load64(pool + HEADER_PAGE_COUNT));
}

export function objectsEnd(pool: usize): usize {
  return objectsStart(pool) + pageCount(pool) * PAGE_SIZE;
}

export function pageAddress(pool: usize, page: usize): usize {
  return objectsStart(pool) + page * PAGE_SIZE;
}

/** The page index of an address in [objectsStart, objectsEnd). */
export function pageIndex(pool: usize, address: usize): usize {
  return usize((address - objectsStart(pool)) / PAGE_SIZE);
}

export function record(pool: usize, page: usize): usize {
  return usize(load64(pool + HEADER_RECORDS)) + page * PAGE_RECORD_SIZE;
}

export function recordState(entry: usize): u8 {
  return load8(entry + RECORD_STATE);
}

export function recordLength(entry: usize): usize {
  return usize(load32(entry + RECORD_LENGTH));
}

export function recordHead(entry: usize): usize {
  return usize(load32(entry + RECORD_HEAD));
}

export function setRecord(entry: usize, state: u8, length: usize, head: usize): void {
  store8(entry + RECORD_STATE, state);
  store32(entry + RECORD_LENGTH, u32(length));
  store32(entry + RECORD_HEAD, u32(head));
}

/** The record of the first page of the span or large object that `page` belongs to. */
export function headRecord(pool: usize, page: usize): usize {
  const entry: usize = record(pool, page);
  const state: u8 = recordState(entry);
  if (state === PAGE_SPAN_REST || state === PAGE_LARGE_REST) {
    return record(pool, recordHead(entry));
  }
  return entry;
}

/** The page index a record describes. */
export function recordPage(pool: usize, entry: usize): usize {
  return usize((entry - usize(load64(pool + HEADER_RECORDS))) / PAGE_RECORD_SIZE);
}

// The mark phase of the collector: conservative marking of a pool's blocks.
//
// Conservative: any 8-byte-aligned word in a root range or in a marked
// scanned block whose value is an address inside an allocated block of this
// pool keeps that block alive, whether it points at the block's start or into
// its middle (interior pointers: subarrays, element addresses, a string's
// units). Words that point into free slots, free pages, a span's unusable tail
// or the metadata are ignored. Only this pool's blocks are marked: a word
// pointing into another core's pool is left alone (instances share no
// collected objects).
//
// Marked scanned blocks are pushed onto the pool's mark stack and scanned word
// by word (the whole slot, or every page of a large object: the bytes past the
// requested size are zero). Leaf and manual blocks are never scanned. When the
// stack is full a push is dropped and the overflow flag set; completeMarking
// then rescans every marked scanned block, pushing what is still unmarked,
// until a pass ends without overflow. So marking always terminates with every
// reachable block marked, whatever the depth of the graph.
import { load64, load8, store64, store8 } from "toro/unsafe";
import {
  HEADER_MARK_DEPTH,
  HEADER_MARK_OVERFLOW,
  HEADER_MARK_STACK,
  KIND_SCANNED,
  LARGE_ALLOCATED,
  LARGE_MARKED,
  MARK_STACK_ENTRIES,
  PAGE_FREE,
  PAGE_LARGE,
  PAGE_LARGE_REST,
  PAGE_SIZE,
  PAGE_SPAN,
  PAGE_SPAN_REST,
  RECORD_FLAGS,
  RECORD_KIND,
  headerLoad,
  headerStore,
  objectsStart,
  pageAddress,
  pageCount,
  record,
  recordHead,
  recordLength,
  recordState,
} from "./layout";
import { classSize, classSlots } from "./size_classes";
import { isAllocated, isMarked, setMarked, spanClass } from "./spans";

const WORD: usize = 8;

/** Marks what every aligned word of [from, to) points to (a root range). */
export function markRange(pool: usize, from: usize, to: usize): void {
  const low: u64 = u64(objectsStart(pool));
  const high: u64 = u64(objectsStart(pool) + pageCount(pool) * PAGE_SIZE);
  let address: usize = usize((from + WORD - 1) / WORD) * WORD;
  while (address + WORD <= to) {
    const value: u64 = load64(address);
    if (value >= low && value < high) {
      markAddress(pool, usize(value));
    }
    address += WORD;
  }
}

/** Scans pushed blocks until the stack is empty and no push was dropped. */
export function completeMarking(pool: usize): void {
  drainMarkStack(pool);
  while (headerLoad(pool, HEADER_MARK_OVERFLOW) !== 0) {
    headerStore(pool, HEADER_MARK_OVERFLOW, 0);
    rescanMarkedBlocks(pool);
  }
}

/** Marks the block holding `address`, if it is an allocated block of this pool. */
export function markAddress(pool: usize, address: usize): void {
  let page: usize = usize((address - objectsStart(pool)) / PAGE_SIZE);
  let entry: usize = record(pool, page);
  let state: u8 = recordState(entry);
  if (state === PAGE_SPAN_REST || state === PAGE_LARGE_REST) {
    page = recordHead(entry);
    entry = record(pool, page);
    state = recordState(entry);
  }
  if (state === PAGE_SPAN) {
    markSlot(pool, entry, pageAddress(pool, page), address);
  } else if (state === PAGE_LARGE) {
    markLarge(pool, entry, pageAddress(pool, page));
  }
}

function markSlot(pool: usize, entry: usize, spanStart: usize, address: usize): void {
  const size: usize = classSize(pool, spanClass(entry));
  const slot: usize = usize((address - spanStart) / size);
  if (slot >= classSlots(pool, spanClass(entry)) || !isAllocated(entry, slot) || isMarked(entry, slot)) {
    return;
  }
  setMarked(entry, slot);
  if (load8(entry + RECORD_KIND) === KIND_SCANNED) {
    push(pool, spanStart + slot * size);
  }
}

function markLarge(pool: usize, entry: usize, block: usize): void {
  const flags: u8 = load8(entry + RECORD_FLAGS);
  if ((flags & LARGE_ALLOCATED) === 0 || (flags & LARGE_MARKED) !== 0) {
    return;
  }
  store8(entry + RECORD_FLAGS, u8(flags | LARGE_MARKED));
  if (load8(entry + RECORD_KIND) === KIND_SCANNED) {
    push(pool, block);
  }
}

function push(pool: usize, block: usize): void {
  const depth: usize = headerLoad(pool, HEADER_MARK_DEPTH);
  if (depth === MARK_STACK_ENTRIES) {
    headerStore(pool, HEADER_MARK_OVERFLOW, 1);
    return;
  }
  store64(headerLoad(pool, HEADER_MARK_STACK) + depth * WORD, u64(block));
  headerStore(pool, HEADER_MARK_DEPTH, depth + 1);
}

function drainMarkStack(pool: usize): void {
  let depth: usize = headerLoad(pool, HEADER_MARK_DEPTH);
  while (depth > 0) {
    depth--;
    headerStore(pool, HEADER_MARK_DEPTH, depth);
    const block: usize = usize(load64(headerLoad(pool, HEADER_MARK_STACK) + depth * WORD));
    markRange(pool, block, block + blockBytes(pool, block));
    depth = headerLoad(pool, HEADER_MARK_DEPTH);
  }
}

/** The bytes of a marked block: its slot size, or all its pages. */
function blockBytes(pool: usize, block: usize): usize {
  let entry: usize = record(pool, usize((block - objectsStart(pool)) / PAGE_SIZE));
  const state: u8 = recordState(entry);
  if (state === PAGE_SPAN_REST || state === PAGE_LARGE_REST) {
    entry = record(pool, recordHead(entry));
  }
  if (recordState(entry) === PAGE_SPAN) {
    return classSize(pool, spanClass(entry));
  }
  return recordLength(entry) * PAGE_SIZE;
}

/** The overflow path: scans every marked scanned block again, draining as it goes. */
function rescanMarkedBlocks(pool: usize): void {
  const count: usize = pageCount(pool);
  let page: usize = 0;
  while (page < count) {
    const entry: usize = record(pool, page);
    const state: u8 = recordState(entry);
    if (state === PAGE_SPAN && load8(entry + RECORD_KIND) === KIND_SCANNED) {
      rescanSpan(pool, entry, pageAddress(pool, page));
    } else if (state === PAGE_LARGE && load8(entry + RECORD_KIND) === KIND_SCANNED &&
      (load8(entry + RECORD_FLAGS) & LARGE_MARKED) !== 0) {
      markRange(pool, pageAddress(pool, page), pageAddress(pool, page) + recordLength(entry) * PAGE_SIZE);
      drainMarkStack(pool);
    }
    page += state === PAGE_FREE || state === PAGE_SPAN || state === PAGE_LARGE ? recordLength(entry) : 1;
  }
}

function rescanSpan(pool: usize, entry: usize, spanStart: usize): void {
  const size: usize = classSize(pool, spanClass(entry));
  const slots: usize = classSlots(pool, spanClass(entry));
  for (let slot: usize = 0; slot < slots; slot++) {
    if (isMarked(entry, slot)) {
      markRange(pool, spanStart + slot * size, spanStart + (slot + 1) * size);
      drainMarkStack(pool);
    }
  }
}

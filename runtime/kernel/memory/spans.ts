// Spans: runs of one or four pages cut into equal slots of one size class and
// one block kind. Small objects are slots of spans.
//
// Free slots are linked through their first word into one list per (class,
// kind) in the pool header; a list may thread through many spans. The first
// page's record holds the span's class, kind, length, the count of allocated
// slots and two bitmaps: allocated (a slot handed out and not freed) and
// marked (set by the collector, cleared by the sweep). A slot on a free list
// has its allocated bit clear, and the other way round.
import { load32, load64, load8, store32, store64, store8 } from "toro/unsafe";
import {
  BITMAP_WORDS,
  HEADER_CLASS_LISTS,
  KIND_COUNT,
  PAGE_SPAN,
  PAGE_SPAN_REST,
  RECORD_ALLOCATED_BITS,
  RECORD_CLASS,
  RECORD_KIND,
  RECORD_LIVE,
  RECORD_MARK_BITS,
  pageAddress,
  record,
  setRecord,
} from "./layout";
import { classPages, classSize, classSlots } from "./size_classes";

const WORD_BITS: usize = 32;

/** Address of the free-list head of (class, kind) in the pool header. */
export function freeListHead(pool: usize, sizeClass: usize, kind: u8): usize {
  return pool + HEADER_CLASS_LISTS + (sizeClass * KIND_COUNT + usize(kind)) * 8;
}

/** Takes a free slot of (class, kind), or 0 when the list is empty. */
export function popFreeSlot(pool: usize, sizeClass: usize, kind: u8): usize {
  const head: usize = freeListHead(pool, sizeClass, kind);
  const slot: usize = usize(load64(head));
  if (slot !== 0) {
    store64(head, load64(slot));
  }
  return slot;
}

export function pushFreeSlot(pool: usize, sizeClass: usize, kind: u8, slot: usize): void {
  const head: usize = freeListHead(pool, sizeClass, kind);
  store64(slot, load64(head));
  store64(head, u64(slot));
}

/**
 * Formats pages [first, first + class pages) as an empty span of (class,
 * kind) and puts all its slots on the free list, lowest address first.
 */
export function formatSpan(pool: usize, first: usize, sizeClass: usize, kind: u8): void {
  const pages: usize = classPages(pool, sizeClass);
  const entry: usize = record(pool, first);
  setRecord(entry, PAGE_SPAN, pages, first);
  store8(entry + RECORD_KIND, kind);
  store8(entry + RECORD_CLASS, u8(sizeClass));
  store32(entry + RECORD_LIVE, 0);
  for (let word: usize = 0; word < BITMAP_WORDS; word++) {
    store32(entry + RECORD_ALLOCATED_BITS + word * 4, 0);
    store32(entry + RECORD_MARK_BITS + word * 4, 0);
  }
  for (let page: usize = first + 1; page < first + pages; page++) {
    setRecord(record(pool, page), PAGE_SPAN_REST, pages, first);
  }
  const start: usize = pageAddress(pool, first);
  const size: usize = classSize(pool, sizeClass);
  for (let slot: usize = classSlots(pool, sizeClass); slot > 0; slot--) {
    pushFreeSlot(pool, sizeClass, kind, start + (slot - 1) * size);
  }
}

/** Slot index of `address` in the span whose first page record is `entry` (no range check). */
export function slotIndex(pool: usize, entry: usize, spanStart: usize, address: usize): usize {
  return usize((address - spanStart) / classSize(pool, spanClass(entry)));
}

export function spanClass(entry: usize): usize {
  return usize(load8(entry + RECORD_CLASS));
}

export function spanLive(entry: usize): usize {
  return usize(load32(entry + RECORD_LIVE));
}

export function setSpanLive(entry: usize, live: usize): void {
  store32(entry + RECORD_LIVE, u32(live));
}

// ---- bitmaps ----------------------------------------------------------------------------------
export function isAllocated(entry: usize, slot: usize): boolean {
  return testBit(entry + RECORD_ALLOCATED_BITS, slot);
}

export function setAllocated(entry: usize, slot: usize): void {
  setBit(entry + RECORD_ALLOCATED_BITS, slot);
}

export function clearAllocated(entry: usize, slot: usize): void {
  const word: usize = bitWord(entry + RECORD_ALLOCATED_BITS, slot);
  store32(word, load32(word) & ~bitMask(slot));
}

export function isMarked(entry: usize, slot: usize): boolean {
  return testBit(entry + RECORD_MARK_BITS, slot);
}

export function setMarked(entry: usize, slot: usize): void {
  setBit(entry + RECORD_MARK_BITS, slot);
}

export function allocatedWord(entry: usize, word: usize): u32 {
  return load32(entry + RECORD_ALLOCATED_BITS + word * 4);
}

export function markWord(entry: usize, word: usize): u32 {
  return load32(entry + RECORD_MARK_BITS + word * 4);
}

export function setAllocatedWord(entry: usize, word: usize, bits: u32): void {
  store32(entry + RECORD_ALLOCATED_BITS + word * 4, bits);
}

export function setMarkWord(entry: usize, word: usize, bits: u32): void {
  store32(entry + RECORD_MARK_BITS + word * 4, bits);
}

/** Bit `slot % 32` of a bitmap word, as a mask. */
export function bitMask(slot: usize): u32 {
  return u32(u32(1) << u32(slot % WORD_BITS));
}

function bitWord(bitmap: usize, slot: usize): usize {
  return bitmap + usize(slot / WORD_BITS) * 4;
}

function testBit(bitmap: usize, slot: usize): boolean {
  return (load32(bitWord(bitmap, slot)) & bitMask(slot)) !== 0;
}

function setBit(bitmap: usize, slot: usize): void {
  const word: usize = bitWord(bitmap, slot);
  store32(word, u32(load32(word) | bitMask(slot)));
}

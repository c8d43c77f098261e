// The sweep phase of the collector: one pass over the pool's pages, in address
// order, after marking.
//
// - A span of a collected kind (scanned, leaf) keeps exactly its marked slots:
//   allocated := allocated AND marked, and the marks are cleared. Manual spans
//   keep their allocated slots as they are.
// - A span left with no allocated slot gives its pages back; a span with some
//   puts every free slot on its (class, kind) free list. The lists are rebuilt
//   from nothing, so slots freed explicitly since the last sweep are on them
//   exactly once.
// - An unmarked large object of a collected kind gives its pages back.
// - The free runs are rebuilt too: consecutive free pages (old runs and pages
//   just given back) become one run, so the sweep also coalesces.
// The used-bytes counter is recomputed from what survives, so it cannot drift.
import { load8, store64, store8 } from "toro/unsafe";
import {
  BITMAP_WORDS,
  HEADER_CLASS_LISTS,
  HEADER_USED_BYTES,
  KIND_COUNT,
  KIND_MANUAL,
  LARGE_MARKED,
  PAGE_FREE,
  PAGE_LARGE,
  PAGE_SIZE,
  PAGE_SPAN,
  RECORD_FLAGS,
  RECORD_KIND,
  headerStore,
  pageAddress,
  pageCount,
  record,
  recordLength,
  recordState,
} from "./layout";
import { addRebuiltRun, beginRunRebuild, markPagesFree } from "./page_runs";
import { SIZE_CLASS_COUNT, classSize, classSlots } from "./size_classes";
import {
  allocatedWord,
  bitMask,
  markWord,
  pushFreeSlot,
  setAllocatedWord,
  setMarkWord,
  setSpanLive,
  spanClass,
} from "./spans";

const NO_RUN_START: usize = 0xffffffff;
const WORD_BITS: usize = 32;

/** Sweeps the whole pool; returns the bytes in blocks that survive. */
export function sweep(pool: usize): usize {
  clearClassLists(pool);
  beginRunRebuild(pool);
  const count: usize = pageCount(pool);
  let used: usize = 0;
  let runStart: usize = NO_RUN_START;
  let page: usize = 0;
  while (page < count) {
    const entry: usize = record(pool, page);
    const state: u8 = recordState(entry);
    const length: usize = recordLength(entry);
    let kept: usize = 0;
    if (state === PAGE_SPAN) {
      kept = sweepSpan(pool, entry, page);
    } else if (state === PAGE_LARGE) {
      kept = sweepLarge(entry, length);
    }
    if (kept === 0) {
      if (state !== PAGE_FREE) {
        markPagesFree(pool, page, length);
      }
      if (runStart === NO_RUN_START) {
        runStart = page;
      }
    } else {
      used += kept;
      if (runStart !== NO_RUN_START) {
        addRebuiltRun(pool, runStart, page - runStart);
        runStart = NO_RUN_START;
      }
    }
    page += length;
  }
  if (runStart !== NO_RUN_START) {
    addRebuiltRun(pool, runStart, count - runStart);
  }
  headerStore(pool, HEADER_USED_BYTES, used);
  return used;
}

/** Sweeps one span; returns the bytes of its surviving slots (0: give the pages back). */
function sweepSpan(pool: usize, entry: usize, page: usize): usize {
  const sizeClass: usize = spanClass(entry);
  const kind: u8 = load8(entry + RECORD_KIND);
  let live: usize = 0;
  for (let word: usize = 0; word < BITMAP_WORDS; word++) {
    let bits: u32 = allocatedWord(entry, word);
    if (kind !== KIND_MANUAL) {
      bits = bits & markWord(entry, word);
      setAllocatedWord(entry, word, bits);
    }
    setMarkWord(entry, word, 0);
    live += countBits(bits);
  }
  setSpanLive(entry, live);
  if (live === 0) {
    return 0;
  }
  const size: usize = classSize(pool, sizeClass);
  const start: usize = pageAddress(pool, page);
  for (let slot: usize = classSlots(pool, sizeClass); slot > 0; slot--) {
    if ((allocatedWord(entry, usize((slot - 1) / WORD_BITS)) & bitMask(slot - 1)) === 0) {
      pushFreeSlot(pool, sizeClass, kind, start + (slot - 1) * size);
    }
  }
  return live * size;
}

/** Sweeps one large object; returns its bytes if it survives, else 0. */
function sweepLarge(entry: usize, pages: usize): usize {
  const flags: u8 = load8(entry + RECORD_FLAGS);
  if (load8(entry + RECORD_KIND) !== KIND_MANUAL && (flags & LARGE_MARKED) === 0) {
    store8(entry + RECORD_FLAGS, 0);
    return 0;
  }
  store8(entry + RECORD_FLAGS, u8(flags & ~LARGE_MARKED));
  return pages * PAGE_SIZE;
}

function clearClassLists(pool: usize): void {
  for (let list: usize = 0; list < SIZE_CLASS_COUNT * KIND_COUNT; list++) {
    store64(pool + HEADER_CLASS_LISTS + list * 8, 0);
  }
}

function countBits(word: u32): usize {
  let remaining: u32 = word;
  let count: usize = 0;
  while (remaining !== 0) {
    remaining = u32(remaining & (remaining - 1));
    count++;
  }
  return count;
}

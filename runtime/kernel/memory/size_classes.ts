// Size classes: the slot sizes of small objects (up to LARGEST_SMALL_SIZE bytes)
// and the spans that hold them.
//
// 24 classes: 16 to 128 bytes in steps of 16, then four classes per doubling
// (160 192 224 256, 320 .. 512, 640 .. 1024, 1280 .. 2048), so that rounding a
// request up wastes at most 25% (at most 12.5% above 128 bytes, apart from
// the first class of each doubling). A span is one page for slots up to 256
// bytes and four pages above, which keeps the unusable tail of a span under
// 7% and every span at most 256 slots (one bitmap of 8 u32 words).
//
// The tables live in the pool header (layout.ts), written once by
// writeClassTables, so that the allocation path is a few loads.
import { load32, load8, store32, store8 } from "toro/unsafe";
import {
  GRANULE,
  HEADER_CLASS_FOR_GRANULES,
  HEADER_CLASS_PAGES,
  HEADER_CLASS_SIZES,
  HEADER_CLASS_SLOTS,
  PAGE_SIZE,
} from "./layout";

export const SIZE_CLASS_COUNT: usize = 24;
export const LARGEST_SMALL_SIZE: usize = 2048;
const LINEAR_CLASSES: usize = 8;
const CLASSES_PER_DOUBLING: usize = 4;
const SINGLE_PAGE_SPAN_LIMIT: usize = 256;
const LARGE_SLOT_SPAN_PAGES: usize = 4;

/** Fills the class tables of a new pool's header. */
export function writeClassTables(pool: usize): void {
  for (let index: usize = 0; index < SIZE_CLASS_COUNT; index++) {
    const size: usize = computeClassSize(index);
    const pages: usize = size <= SINGLE_PAGE_SPAN_LIMIT ? 1 : LARGE_SLOT_SPAN_PAGES;
    store32(pool + HEADER_CLASS_SIZES + index * 4, u32(size));
    store32(pool + HEADER_CLASS_PAGES + index * 4, u32(pages));
    store32(pool + HEADER_CLASS_SLOTS + index * 4, u32(usize(pages * PAGE_SIZE / size)));
  }
  let sizeClass: usize = 0;
  const granuleLimit: usize = usize(LARGEST_SMALL_SIZE / GRANULE);
  for (let granules: usize = 0; granules <= granuleLimit; granules++) {
    while (computeClassSize(sizeClass) < granules * GRANULE) {
      sizeClass++;
    }
    store8(pool + HEADER_CLASS_FOR_GRANULES + granules, u8(sizeClass));
  }
}

/** The class of a request of `size` bytes, 0 <= size <= LARGEST_SMALL_SIZE. */
export function classForSize(pool: usize, size: usize): usize {
  return usize(load8(pool + HEADER_CLASS_FOR_GRANULES + usize((size + GRANULE - 1) / GRANULE)));
}

export function classSize(pool: usize, sizeClass: usize): usize {
  return usize(load32(pool + HEADER_CLASS_SIZES + sizeClass * 4));
}

export function classSlots(pool: usize, sizeClass: usize): usize {
  return usize(load32(pool + HEADER_CLASS_SLOTS + sizeClass * 4));
}

export function classPages(pool: usize, sizeClass: usize): usize {
  return usize(load32(pool + HEADER_CLASS_PAGES + sizeClass * 4));
}

/** Slot size of class `index`; see the overview for the sequence. */
export function computeClassSize(index: usize): usize {
  if (index < LINEAR_CLASSES) {
    return (index + 1) * GRANULE;
  }
  const doublings: usize = usize((index - LINEAR_CLASSES) / CLASSES_PER_DOUBLING);
  const position: usize = (index - LINEAR_CLASSES) % CLASSES_PER_DOUBLING;
  let base: usize = LINEAR_CLASSES * GRANULE;
  for (let step: usize = 0; step < doublings; step++) {
    base = base * 2;
  }
  return base + (position + 1) * usize(base / CLASSES_PER_DOUBLING);
}

// Free page runs: the pool's page allocator, from which spans and large
// objects take whole pages.
//
// A free run is a maximal range of free pages. Invariants (between calls):
//  - every page of a free run has state PAGE_FREE in its record;
//  - the first page's record holds the run's length and its links in one bin;
//    the last page's record holds the length and the first page's index
//    (for a one-page run both are the same record);
//  - two free runs are never adjacent (release merges them), except during a
//    sweep, which rebuilds every run in one pass (beginRunRebuild ..
//    endRunRebuild).
// Runs are kept in RUN_BIN_COUNT bins by length: one bin for each length 1..8,
// then one per doubling (9..15, 16..31, ...). takePages looks first in the bin
// of the request and then in larger bins, first fit; in the exact-length bins
// the first run always fits.
import { load32, store32 } from "toro/unsafe";
import {
  HEADER_FREE_PAGES,
  HEADER_PEAK_PAGES,
  HEADER_RUN_BINS,
  PAGE_FREE,
  RECORD_NEXT_RUN,
  RECORD_PREVIOUS_RUN,
  RUN_BIN_COUNT,
  headerAdd,
  headerLoad,
  headerStore,
  headerSubtract,
  pageCount,
  record,
  recordHead,
  recordLength,
  recordState,
  setRecord,
} from "./layout";

const EXACT_BINS: usize = 8;
/** Link value for "no run": links hold a page index + 1. */
const NO_RUN: usize = 0;
/** Returned by takePages when no run is long enough. */
export const NO_PAGE: usize = 0xffffffff;

/** Makes every page of a new pool one free run. */
export function initialiseRuns(pool: usize): void {
  clearBins(pool);
  const count: usize = pageCount(pool);
  for (let page: usize = 0; page < count; page++) {
    setRecord(record(pool, page), PAGE_FREE, 1, page);
  }
  insertRun(pool, 0, count);
}

/** The first of `pages` consecutive pages taken out of the free runs, or NO_PAGE. */
export function takePages(pool: usize, pages: usize): usize {
  for (let bin: usize = binFor(pages); bin < RUN_BIN_COUNT; bin++) {
    let link: usize = binHead(pool, bin);
    while (link !== NO_RUN) {
      const first: usize = link - 1;
      const entry: usize = record(pool, first);
      const length: usize = recordLength(entry);
      if (length >= pages) {
        unlinkRun(pool, first);
        if (length > pages) {
          insertRun(pool, first + pages, length - pages);
        }
        notePagesInUse(pool);
        return first;
      }
      link = usize(load32(entry + RECORD_NEXT_RUN));
    }
  }
  return NO_PAGE;
}

/** Returns [first, first + pages) to the free runs, merged with free neighbours. */
export function releasePages(pool: usize, first: usize, pages: usize): void {
  markPagesFree(pool, first, pages);
  let start: usize = first;
  let length: usize = pages;
  if (first > 0 && recordState(record(pool, first - 1)) === PAGE_FREE) {
    const before: usize = recordHead(record(pool, first - 1));
    length += recordLength(record(pool, before));
    unlinkRun(pool, before);
    start = before;
  }
  const after: usize = first + pages;
  if (after < pageCount(pool) && recordState(record(pool, after)) === PAGE_FREE) {
    length += recordLength(record(pool, after));
    unlinkRun(pool, after);
  }
  insertRun(pool, start, length);
}

/** Sets the state of [first, first + pages) to free without touching the bins (sweeps use it). */
export function markPagesFree(pool: usize, first: usize, pages: usize): void {
  for (let page: usize = first; page < first + pages; page++) {
    setRecord(record(pool, page), PAGE_FREE, 1, page);
  }
}

/** Empties the bins before a sweep re-inserts every run with addRebuiltRun. */
export function beginRunRebuild(pool: usize): void {
  clearBins(pool);
}

/** Adds a maximal run of free pages found by the sweep. */
export function addRebuiltRun(pool: usize, first: usize, pages: usize): void {
  insertRun(pool, first, pages);
}

/** The longest free run, in pages. */
export function largestFreeRun(pool: usize): usize {
  let largest: usize = 0;
  for (let bin: usize = 0; bin < RUN_BIN_COUNT; bin++) {
    let link: usize = binHead(pool, bin);
    while (link !== NO_RUN) {
      const entry: usize = record(pool, link - 1);
      const length: usize = recordLength(entry);
      if (length > largest) {
        largest = length;
      }
      link = usize(load32(entry + RECORD_NEXT_RUN));
    }
  }
  return largest;
}

/** Bin of a run of `pages` pages: exact up to EXACT_BINS, then one per doubling. */
export function binFor(pages: usize): usize {
  if (pages <= EXACT_BINS) {
    return pages - 1;
  }
  let bin: usize = EXACT_BINS;
  let limit: usize = EXACT_BINS * 2;
  while (pages >= limit && bin < RUN_BIN_COUNT - 1) {
    bin++;
    limit = limit * 2;
  }
  return bin;
}

function insertRun(pool: usize, first: usize, pages: usize): void {
  const bin: usize = binFor(pages);
  const entry: usize = record(pool, first);
  const following: usize = binHead(pool, bin);
  setRecord(entry, PAGE_FREE, pages, first);
  store32(entry + RECORD_NEXT_RUN, u32(following));
  store32(entry + RECORD_PREVIOUS_RUN, u32(NO_RUN));
  if (following !== NO_RUN) {
    store32(record(pool, following - 1) + RECORD_PREVIOUS_RUN, u32(first + 1));
  }
  setBinHead(pool, bin, first + 1);
  if (pages > 1) {
    setRecord(record(pool, first + pages - 1), PAGE_FREE, pages, first);
  }
  headerAdd(pool, HEADER_FREE_PAGES, pages);
}

function unlinkRun(pool: usize, first: usize): void {
  const entry: usize = record(pool, first);
  const pages: usize = recordLength(entry);
  const next: usize = usize(load32(entry + RECORD_NEXT_RUN));
  const previous: usize = usize(load32(entry + RECORD_PREVIOUS_RUN));
  if (previous === NO_RUN) {
    setBinHead(pool, binFor(pages), next);
  } else {
    store32(record(pool, previous - 1) + RECORD_NEXT_RUN, u32(next));
  }
  if (next !== NO_RUN) {
    store32(record(pool, next - 1) + RECORD_PREVIOUS_RUN, u32(previous));
  }
  headerSubtract(pool, HEADER_FREE_PAGES, pages);
}

function notePagesInUse(pool: usize): void {
  const inUse: usize = pageCount(pool) - headerLoad(pool, HEADER_FREE_PAGES);
  if (inUse > headerLoad(pool, HEADER_PEAK_PAGES)) {
    headerStore(pool, HEADER_PEAK_PAGES, inUse);
  }
}

function clearBins(pool: usize): void {
  for (let bin: usize = 0; bin < RUN_BIN_COUNT; bin++) {
    setBinHead(pool, bin, NO_RUN);
  }
  headerStore(pool, HEADER_FREE_PAGES, 0);
}

function binHead(pool: usize, bin: usize): usize {
  return usize(load32(pool + HEADER_RUN_BINS + bin * 4));
}

function setBinHead(pool: usize, bin: usize, link: usize): void {
  store32(pool + HEADER_RUN_BINS + bin * 4, u32(link));
}

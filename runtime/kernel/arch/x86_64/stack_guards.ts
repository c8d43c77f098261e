// Guard pages: unmapping one 4 KiB page below a secondary core's stack, in
// the page tables every core shares (boot.s), so that an overflow faults.
//
// boot.s maps the first 2 MiB with 4 KiB pages and the rest of the first
// 4 GiB with 2 MiB pages. A guard page inside a 2 MiB page needs that page
// split first: a 4 KiB-page table (taken from the pages core_areas.ts
// reserves for this) that maps the same 2 MiB with the same attributes,
// which then replaces the 2 MiB entry. Only the guard's entry differs.
//
// Runs on the boot core, in ring 3 (page tables are ordinary user-accessible
// memory), before any other core starts; the other cores load the finished
// tables when they start (ap_trampoline.s). The boot core's own TLB may
// still hold the old 2 MiB translations, so flushTranslations reloads CR3
// once at the end (one emulated instruction). A new table is complete
// before the directory entry that points to it is written, so a page walk
// at any moment finds the same mapping, whichever entry it reads.
// Intel SDM vol. 3, 4.5 (entry formats) and 4.10.4 (invalidation).
import { load64, store64 } from "toro/unsafe";
import { pageDirectories, readCr3, writeCr3 } from "toro/x86_64";
import { panicWithoutLocation } from "../../panic";

const PAGE_PRESENT: u64 = 1;
const PAGE_LARGE: u64 = 0x80;
/** Present, writable, user, write-through, cache-disable: what a 4 KiB entry keeps of a 2 MiB one. */
const SMALL_PAGE_ATTRIBUTES: u64 = 0x1f;
const TABLE_FLAGS: u64 = 0x7;
const LARGE_FRAME_MASK: u64 = 0x000fffffffe00000;
const TABLE_ADDRESS_MASK: u64 = 0x000ffffffffff000;
const ENTRIES_PER_TABLE: usize = 512;
const SMALL_PAGE_BYTES: usize = 4096;
const LARGE_PAGE_SHIFT: usize = 21;
const SMALL_PAGE_SHIFT: usize = 12;
/** boot.s's page directories cover the first 4 GiB: 2,048 entries. */
const DIRECTORY_ENTRIES: usize = 2048;

/** The next unused page-table page, and the end of those reserved (set by useTablePages). @shared */
let nextTablePage: usize = 0;
/** @shared */
let tablePagesEnd: usize = 0;

/** The pages that splitting may use: [start, start + count * 4 KiB). */
export function useTablePages(start: usize, count: usize): void {
  nextTablePage = start;
  tablePagesEnd = start + count * SMALL_PAGE_BYTES;
}

/** Unmaps the 4 KiB page at `address` (page-aligned, below 4 GiB). */
export function unmapGuardPage(address: usize): void {
  const directoryIndex: usize = address >> LARGE_PAGE_SHIFT;
  if (directoryIndex >= DIRECTORY_ENTRIES) {
    panicWithoutLocation("a stack guard page lies above the identity-mapped 4 GiB");
  }
  const directoryEntry: usize = pageDirectories() + directoryIndex * 8;
  if ((load64(directoryEntry) & PAGE_LARGE) !== 0) {
    splitLargePage(directoryEntry);
  }
  const table: usize = usize(load64(directoryEntry) & TABLE_ADDRESS_MASK);
  store64(table + ((address >> SMALL_PAGE_SHIFT) % ENTRIES_PER_TABLE) * 8, 0);
}

/** Makes this core see the changed tables (other cores load them fresh). */
export function flushTranslations(): void {
  writeCr3(readCr3());
}

/** Replaces the 2 MiB page of `directoryEntry` by a table of 512 4 KiB pages mapping the same memory. */
function splitLargePage(directoryEntry: usize): void {
  const large: u64 = load64(directoryEntry);
  if ((large & PAGE_PRESENT) === 0) {
    panicWithoutLocation("a stack guard page lies in an unmapped 2 MiB page");
  }
  const table: usize = takeTablePage();
  const frame: u64 = large & LARGE_FRAME_MASK;
  const attributes: u64 = large & SMALL_PAGE_ATTRIBUTES;
  for (let index: usize = 0; index < ENTRIES_PER_TABLE; index++) {
    store64(table + index * 8, frame + u64(index * SMALL_PAGE_BYTES) | attributes);
  }
  store64(directoryEntry, u64(table) | TABLE_FLAGS);
}

function takeTablePage(): usize {
  if (nextTablePage === 0 || nextTablePage >= tablePagesEnd) {
    panicWithoutLocation("no page left for a page table of the stack guards (core_areas.ts)");
  }
  const page: usize = nextTablePage;
  nextTablePage += SMALL_PAGE_BYTES;
  return page;
}

// The per-core pools: how usable RAM is divided among the cores, how a core
// finds its own pool, and how any core finds the owner of an address.
//
// initialisePools (boot core, once, before any other core runs) lays out
//
//   [directory page][pool 0][pool 1] ... [pool n-1]
//
// over the usable range: pools of equal size, page-aligned, the last one
// taking the remainder. The directory lists each pool's [start, end); it is
// written once and only read afterwards, so any core may search it without a
// lock. Each pool's metadata lives at its start (layout.ts).
//
// Per-core state: `localPool` is a per-instance module variable, so each core
// has its own copy, reached GS-relative without a lock
// (compiler/lower/instance-variables.ts). The boot core sets it in
// initialisePools; every other core calls attachCore(its index) once, after
// its instance block and GS base are set up and before its first allocation.
import { load64, store64 } from "toro/unsafe";
import {
  HEADER_BUDGET,
  HEADER_BYTES,
  HEADER_CORE,
  HEADER_MARK_STACK,
  HEADER_OBJECTS_START,
  HEADER_PAGE_COUNT,
  HEADER_POOL_END,
  HEADER_RECORDS,
  MARK_STACK_ENTRIES,
  PAGE_RECORD_SIZE,
  PAGE_SIZE,
  headerStore,
} from "./layout";
import { initialiseRuns } from "./page_runs";
import { writeClassTables } from "./size_classes";
import { initialBudget } from "./collection_policy";
import { poolSetUpFailed } from "./out_of_memory";

export const MAXIMUM_CORES: i32 = 64;
const DIRECTORY_ENTRY_SIZE: usize = 16;
/** A pool must hold its metadata and at least this many object pages. */
const MINIMUM_OBJECT_PAGES: usize = 16;

/**
 * Address of the pool directory, 0 before initialisePools. Written once by the
 * boot core before the other cores start; read-only afterwards.
 * @shared
 */
let directory: usize = 0;
/**
 * Pools in the directory (one per core); written with `directory`.
 * @shared
 */
let poolTotal: i32 = 0;

/** This core's pool (its start, where its header is), 0 until set up. */
let localPool: usize = 0;

/**
 * Divides [start, end) (page-aligned, from memory_map.ts) into `cores` pools
 * and attaches the calling core to pool 0.
 */
export function initialisePools(start: usize, end: usize, cores: i32): void {
  if (cores < 1 || cores > MAXIMUM_CORES) {
    poolSetUpFailed("core count out of range", usize(cores), start, end);
  }
  const firstPool: usize = start + PAGE_SIZE;
  if (end < firstPool) {
    poolSetUpFailed("no room for the pool directory", usize(cores), start, end);
  }
  const poolBytes: usize = usize((end - firstPool) / usize(cores) / PAGE_SIZE) * PAGE_SIZE;
  directory = start;
  for (let core: i32 = 0; core < cores; core++) {
    const poolStart: usize = firstPool + usize(core) * poolBytes;
    const poolEnd: usize = core === cores - 1 ? end : poolStart + poolBytes;
    store64(directoryEntry(core), u64(poolStart));
    store64(directoryEntry(core) + 8, u64(poolEnd));
    initialisePool(poolStart, poolEnd, core);
  }
  poolTotal = cores;
  attachCore(0);
}

/** Makes pool `core` the calling core's own. Each core calls it once, with its own index. */
export function attachCore(core: i32): void {
  if (core < 0 || core >= poolTotal) {
    poolSetUpFailed("attachCore: no pool for this core", usize(core < 0 ? 0 : core), 0, 0);
  }
  localPool = usize(load64(directoryEntry(core)));
}

/** The calling core's pool, or 0 before it is attached. */
export function currentPool(): usize {
  return localPool;
}

export function poolCount(): i32 {
  return poolTotal;
}

/** The pool of core `core` (0 <= core < poolCount()). */
export function poolOfCore(core: i32): usize {
  return usize(load64(directoryEntry(core)));
}

/** The pool whose range holds `address`, or 0 when none does. */
export function poolContaining(address: usize): usize {
  for (let core: i32 = 0; core < poolTotal; core++) {
    const entry: usize = directoryEntry(core);
    if (address >= usize(load64(entry)) && address < usize(load64(entry + 8))) {
      return usize(load64(entry));
    }
  }
  return 0;
}

/** Lays out one pool's metadata and makes all its object pages one free run. */
function initialisePool(start: usize, end: usize, core: i32): void {
  const pages: usize = objectPagesFor(start, end, core);
  for (let offset: usize = 0; offset < HEADER_BYTES; offset += 8) {
    store64(start + offset, 0);
  }
  const records: usize = start + HEADER_BYTES;
  headerStore(start, HEADER_CORE, usize(core));
  headerStore(start, HEADER_POOL_END, end);
  headerStore(start, HEADER_RECORDS, records);
  headerStore(start, HEADER_MARK_STACK, records + pages * PAGE_RECORD_SIZE);
  headerStore(start, HEADER_OBJECTS_START, start + metadataBytes(pages));
  headerStore(start, HEADER_PAGE_COUNT, pages);
  writeClassTables(start);
  initialiseRuns(start);
  headerStore(start, HEADER_BUDGET, initialBudget(start));
}

/** The most object pages whose metadata and pages fit in [start, end). */
function objectPagesFor(start: usize, end: usize, core: i32): usize {
  const fixedBytes: usize = HEADER_BYTES + MARK_STACK_ENTRIES * 8;
  const total: usize = end - start;
  if (total < fixedBytes + MINIMUM_OBJECT_PAGES * (PAGE_SIZE + PAGE_RECORD_SIZE) + PAGE_SIZE) {
    poolSetUpFailed("pool too small", usize(core), start, end);
  }
  let pages: usize = usize((total - fixedBytes) / (PAGE_SIZE + PAGE_RECORD_SIZE));
  while (metadataBytes(pages) + pages * PAGE_SIZE > total) {
    pages--;
  }
  return pages;
}

/** Header, page records and mark stack, rounded up to whole pages. */
function metadataBytes(pages: usize): usize {
  const bytes: usize = HEADER_BYTES + pages * PAGE_RECORD_SIZE + MARK_STACK_ENTRIES * 8;
  return usize((bytes + PAGE_SIZE - 1) / PAGE_SIZE) * PAGE_SIZE;
}

function directoryEntry(core: i32): usize {
  return directory + usize(core) * DIRECTORY_ENTRY_SIZE;
}

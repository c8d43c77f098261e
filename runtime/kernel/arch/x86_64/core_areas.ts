// The memory of the secondary cores: their stacks and program-instance
// blocks. The boot core reserves one region for all of them directly above
// the kernel image, before the memory pools are laid out (platform.ts's
// kernelImageEnd includes it, so the pools start above it):
//
//   region: [page tables for the guard pages][area of core 1] ... [area of core n-1]
//   area:   [guard page][program stack][report stack][ring-0 stack][double-fault stack][instance block]
//
// Every piece is page-aligned. The guard page stays unmapped
// (stack_guards.ts), so a program stack that overflows faults there and is
// reported, as the boot stack's overflow is. The report stack is where a
// CPU exception is reported (exception_entry.s); the ring-0 stack (TSS RSP0)
// takes exceptions and emulated privileged instructions; the double-fault
// stack is the TSS's IST1. The instance block holds the core's copy of the
// program's module variables (docs/runtime-abi.md). The boot core keeps the
// static stacks and block of boot.s, exception_entry.s and the compiler.
//
// Module constants here are literals: they are read before the module
// initialisers run (only literal initialisers are static data).
//
// The region holds no references the garbage collector must see besides
// the program stacks and instance blocks, which each core's collector scans
// as its roots (memory/roots.ts); it lies outside every pool.
declare function __toro_instance_bytes(): usize;

const PAGE_SIZE: usize = 4096;
const GUARD_BYTES: usize = 4096;
/** The same size as the boot core's stack (boot.s). */
const PROGRAM_STACK_BYTES: usize = 65536;
const REPORT_STACK_BYTES: usize = 16384;
const RING0_STACK_BYTES: usize = 4096;
const DOUBLE_FAULT_STACK_BYTES: usize = 4096;
const LARGE_PAGE_BYTES: usize = 0x200000;

/**
 * Where the region starts, 0 before placeCoreRegion. Written once by the boot
 * core before other cores start.
 * @shared
 */
let regionStart: usize = 0;
/** @shared */
let regionCores: i32 = 1;

/** Bytes of the region for `coreCount` cores (0 for one core). */
export function coreRegionBytes(coreCount: i32): usize {
  return guardTablePages(coreCount) * PAGE_SIZE + usize(coreCount - 1) * areaBytes();
}

/** Places the region at `start` (page-aligned), for `coreCount` cores. */
export function placeCoreRegion(start: usize, coreCount: i32): void {
  regionStart = start;
  regionCores = coreCount;
}

/** Page-table pages for the guard pages: one per 2 MiB page the areas overlap, at most. */
export function guardTablePages(coreCount: i32): usize {
  if (coreCount <= 1) {
    return 0;
  }
  return usize(coreCount - 1) * areaBytes() / LARGE_PAGE_BYTES + 2;
}

export function guardTablesStart(): usize {
  return regionStart;
}

/** The area of secondary core `core` (1 .. coreCount - 1). */
export function areaOf(core: i32): usize {
  return regionStart + guardTablePages(regionCores) * PAGE_SIZE + usize(core - 1) * areaBytes();
}

export function guardPageOf(area: usize): usize {
  return area;
}

export function programStackTop(area: usize): usize {
  return area + GUARD_BYTES + PROGRAM_STACK_BYTES;
}

export function reportStackTop(area: usize): usize {
  return programStackTop(area) + REPORT_STACK_BYTES;
}

export function ring0StackTop(area: usize): usize {
  return reportStackTop(area) + RING0_STACK_BYTES;
}

export function doubleFaultStackTop(area: usize): usize {
  return ring0StackTop(area) + DOUBLE_FAULT_STACK_BYTES;
}

export function instanceBlockOf(area: usize): usize {
  return doubleFaultStackTop(area);
}

function areaBytes(): usize {
  return GUARD_BYTES + PROGRAM_STACK_BYTES + REPORT_STACK_BYTES + RING0_STACK_BYTES +
    DOUBLE_FAULT_STACK_BYTES + instanceBlockBytes();
}

/** The compiler's instance size, in whole pages. */
function instanceBlockBytes(): usize {
  return usize((__toro_instance_bytes() + PAGE_SIZE - 1) / PAGE_SIZE) * PAGE_SIZE;
}

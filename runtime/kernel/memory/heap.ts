// The kernel heap: a bump allocator over one pool of RAM.
//
// The pool is the largest usable-RAM region of the PVH memory map, cut to
// start above the kernel image (linker.ld's __toro_image_end) and above the
// boot structures still in use (the start info and the command line), and
// to end below the limit of the memory the page tables map directly (with
// more than 3 GiB of RAM, QEMU puts the rest above 4 GiB, unmapped for now).
// Nothing is ever freed.
//
// Invariants, from heapInit on: poolStart <= next <= poolEnd; next is a
// multiple of ALIGNMENT; [poolStart, next) has been handed out, [next,
// poolEnd) is free. Every block is zeroed before it is returned (runtime-abi.md
// promises zeroed, 16-byte-aligned memory).
import { store64 } from "toro/unsafe";
import { directMemoryEnd, kernelImageEnd } from "../arch/platform";
import {
  MEMORY_TYPE_RAM,
  START_INFO_SIZE,
  memoryRegionBase,
  memoryRegionCount,
  memoryRegionSize,
  memoryRegionType,
} from "../boot_info";
import { commandLineExtentEnd, commandLineExtentStart } from "../command_line";
import { consoleWrite } from "../console";
import { consoleWriteDecimal, consoleWriteHex } from "../number_text";
import { beginPanic, endPanic } from "../panic";

const ALIGNMENT: usize = 16;

/** 0 until heapInit has run: allocating earlier is a panic. */
let poolStart: usize = 0;
let poolEnd: usize = 0;
let next: usize = 0;

/** Chooses the pool. Run once, after commandLineInit, before any allocation. */
export function heapInit(startInfo: usize): void {
  const lowest: usize = alignUp(kernelImageEnd());
  let bestStart: usize = 0;
  let bestEnd: usize = 0;
  const count: i32 = memoryRegionCount(startInfo);
  for (let index: i32 = 0; index < count; index++) {
    if (memoryRegionType(startInfo, index) !== MEMORY_TYPE_RAM) {
      continue;
    }
    const regionBase: usize = memoryRegionBase(startInfo, index);
    const regionEnd: usize = lesser(regionBase + memoryRegionSize(startInfo, index), directMemoryEnd());
    const start: usize = regionBase > lowest ? alignUp(regionBase) : lowest;
    if (regionEnd > start && regionEnd - start > bestEnd - bestStart) {
      bestStart = start;
      bestEnd = regionEnd;
    }
  }
  poolStart = bestStart;
  poolEnd = bestEnd;
  keepClearOf(startInfo, startInfo + START_INFO_SIZE);
  keepClearOf(commandLineExtentStart(), commandLineExtentEnd());
  next = poolStart;
  if (poolEnd <= poolStart) {
    beginPanic();
    consoleWrite("no usable RAM above the kernel image (image ends at ");
    consoleWriteHex(u64(lowest));
    consoleWrite(")");
    endPanic();
  }
}

/** A zeroed, 16-byte-aligned block of `size` bytes (at least 16, so that
 *  blocks never share an address). Out of memory is a panic. */
export function __toro_alloc(size: usize): usize {
  // Compare before rounding, so that a huge size cannot wrap around.
  if (poolEnd === 0 || size > poolEnd - next) {
    outOfMemory(size);
  }
  const rounded: usize = size === 0 ? ALIGNMENT : alignUp(size);
  if (rounded > poolEnd - next) {
    outOfMemory(size);
  }
  const block: usize = next;
  next += rounded;
  zero(block, rounded);
  return block;
}

/** Moves the pool's start above [start, end) when that range overlaps it.
 *  Boot structures sit below the image in practice, so this rarely costs. */
function keepClearOf(start: usize, end: usize): void {
  if (start < poolEnd && end > poolStart) {
    poolStart = alignUp(end);
  }
}

function lesser(first: usize, second: usize): usize {
  return first < second ? first : second;
}

function alignUp(address: usize): usize {
  return (address + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
}

/** `length` is a multiple of 16. */
function zero(block: usize, length: usize): void {
  for (let offset: usize = 0; offset < length; offset += 8) {
    store64(block + offset, 0);
  }
}

/** Reported without allocating: the heap cannot serve the report itself. */
function outOfMemory(size: usize): void {
  beginPanic();
  if (poolEnd === 0) {
    consoleWrite("allocation of ");
    consoleWriteDecimal(i64(size));
    consoleWrite(" bytes before the heap was set up");
  } else {
    consoleWrite("out of memory: cannot allocate ");
    consoleWriteDecimal(i64(size));
    consoleWrite(" bytes; heap ");
    consoleWriteHex(u64(poolStart));
    consoleWrite("..");
    consoleWriteHex(u64(poolEnd));
    consoleWrite(" has ");
    consoleWriteDecimal(i64(poolEnd - next));
    consoleWrite(" bytes free of ");
    consoleWriteDecimal(i64(poolEnd - poolStart));
  }
  endPanic();
}

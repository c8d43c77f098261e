// Usable RAM: the range of the PVH memory map that the pools divide.
//
// The range is the largest usable-RAM region of the memory map, cut to start
// above the kernel image (linker.ld's __toro_image_end) and above the boot
// structures still in use (the start info and the command line), and to end
// below the limit of the memory the page tables map directly (with more than
// 3 GiB of RAM, QEMU puts the rest above 4 GiB, unmapped for now). Both ends
// are page-aligned. On QEMU's microvm the only other RAM region is the one
// below 640 KiB, under the image, so taking one region loses nothing.
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
import { PAGE_SIZE } from "./layout";

/** The chosen range, [usableStart, usableEnd); both 0 until findUsableRam has run. */
let usableStart: usize = 0;
let usableEnd: usize = 0;

/** Chooses the range. Run once on the boot core, after commandLineInit. */
export function findUsableRam(startInfo: usize): void {
  const lowest: usize = alignUp(kernelImageEnd());
  let bestStart: usize = 0;
  let bestEnd: usize = 0;
  const count: i32 = memoryRegionCount(startInfo);
  for (let index: i32 = 0; index < count; index++) {
    if (memoryRegionType(startInfo, index) !== MEMORY_TYPE_RAM) {
      continue;
    }
    const regionBase: usize = memoryRegionBase(startInfo, index);
    const regionEnd: usize = alignDown(lesser(regionBase + memoryRegionSize(startInfo, index), directMemoryEnd()));
    const start: usize = regionBase > lowest ? alignUp(regionBase) : lowest;
    if (regionEnd > start && regionEnd - start > bestEnd - bestStart) {
      bestStart = start;
      bestEnd = regionEnd;
    }
  }
  usableStart = bestStart;
  usableEnd = bestEnd;
  keepClearOf(startInfo, startInfo + START_INFO_SIZE);
  keepClearOf(commandLineExtentStart(), commandLineExtentEnd());
}

export function usableRamStart(): usize {
  return usableStart;
}

export function usableRamEnd(): usize {
  return usableEnd;
}

/** Moves the range's start above [start, end) when that overlaps it (boot structures sit below the image in practice). */
function keepClearOf(start: usize, end: usize): void {
  if (start < usableEnd && end > usableStart) {
    usableStart = alignUp(end);
  }
}

function lesser(first: usize, second: usize): usize {
  return first < second ? first : second;
}

function alignUp(address: usize): usize {
  return usize((address + PAGE_SIZE - 1) / PAGE_SIZE) * PAGE_SIZE;
}

function alignDown(address: usize): usize {
  return usize(address / PAGE_SIZE) * PAGE_SIZE;
}

// The machine, as the generic kernel sees it: a console device, a way to
// end the run, the extent of directly usable memory, and the cores: how many
// there are, the memory their stacks need, and starting them. (CPU
// exceptions need no set-up here: boot.s installs their gates before the
// kernel runs.)
//
// This is the only file outside arch/x86_64/ that names the architecture;
// another architecture would provide files of the same names and be
// selected here.
import { imageEnd } from "toro/x86_64";
import { isUsableRam } from "../boot_info";
import { panicWithoutLocation } from "../panic";
import { startApplicationProcessors } from "./x86_64/ap_startup";
import { discoverProcessors } from "./x86_64/core_discovery";
import { coreRegionBytes, placeCoreRegion } from "./x86_64/core_areas";
import { debugExit, haltForever } from "./x86_64/debug_exit";
import { CACHED_IDENTITY_MAP_END } from "./x86_64/paging";
import { serialFlush, serialInit, serialWriteByte } from "./x86_64/serial";

const PAGE_SIZE: usize = 4096;

/**
 * The end of what the kernel reserved above its image at boot (the
 * secondary cores' stacks and instance blocks), 0 when nothing is reserved.
 * Written once by the boot core before the memory pools are laid out.
 * @shared
 */
let reservedEnd: usize = 0;

export function consoleDeviceInit(): void {
  serialInit();
}

export function consoleDeviceWrite(value: u8): void {
  serialWriteByte(value);
}

export function consoleDeviceFlush(): void {
  serialFlush();
}

/** Ends the run with `code`; returns only if the machine cannot be ended. */
export function machineExit(code: i32): void {
  debugExit(code);
}

export function machineHalt(): void {
  haltForever();
}

/** RAM at or above this address is not mapped for the kernel's use. */
export function directMemoryEnd(): usize {
  return CACHED_IDENTITY_MAP_END;
}

/** First address above the kernel image, .bss included (the boot stack lies
 *  at the image's start, linker.ld), and above what the kernel reserved
 *  directly after it (reserveCoreMemory): the memory pools start there. */
export function kernelImageEnd(): usize {
  return reservedEnd > imageEnd() ? reservedEnd : imageEnd();
}

/** Finds the cores (ACPI MADT on x86-64) and returns how many there are, 1 to 64. */
export function discoverCores(startInfo: usize): i32 {
  return discoverProcessors(startInfo);
}

/**
 * Reserves, above the image, the memory of cores 1 .. coreCount - 1: their
 * stacks (each above an unmapped guard page) and instance blocks. Run on the
 * boot core after discoverCores and before the memory pools are laid out.
 */
export function reserveCoreMemory(startInfo: usize, coreCount: i32): void {
  const start: usize = usize((imageEnd() + PAGE_SIZE - 1) / PAGE_SIZE) * PAGE_SIZE;
  const end: usize = start + coreRegionBytes(coreCount);
  if (!isUsableRam(startInfo, start, end) || end > CACHED_IDENTITY_MAP_END) {
    panicWithoutLocation("not enough RAM above the kernel image for the cores' stacks (give the machine more memory)");
  }
  placeCoreRegion(start, coreCount);
  reservedEnd = end;
}

/**
 * Starts cores 1 .. coreCount - 1 (after reserveCoreMemory and the memory
 * pools): each runs `entry`, the address of a function taking its index
 * (u32), in ring 3 on its own stack with its own program-instance block.
 */
export function startSecondaryCores(startInfo: usize, coreCount: i32, entry: usize): void {
  startApplicationProcessors(startInfo, coreCount, entry);
}

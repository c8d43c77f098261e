// The PVH start-of-day information QEMU hands the kernel (address in ebx at
// entry, passed to __toro_kernel_main as startInfo).
//
// Layout: Xen's public header arch-x86/hvm/start_info.h, version 1. Offsets
// in bytes:
//    0 magic u32 (0x336ec578)    4 version u32     8 flags u32
//   12 module count u32         16 module list u64 (physical address)
//   24 command line u64 (physical address of NUL-terminated bytes, or 0)
//   32 ACPI RSDP u64            40 memory map u64 (version 1 and later)
//   48 memory map entries u32   52 reserved
// Memory map entry, 24 bytes: 0 base u64, 8 size u64, 16 type u32
// (1 = usable RAM, E820 numbering), 20 reserved.
// QEMU 7.2 places all of this below 1 MiB (checked: start info at 0xf31e0,
// command line and memory map near 0xef000), outside the kernel image.
import { load32, load64 } from "toro/unsafe";

const START_INFO_MAGIC: u32 = 0x336ec578;
const OFFSET_MAGIC: usize = 0;
const OFFSET_VERSION: usize = 4;
const OFFSET_COMMAND_LINE: usize = 24;
const OFFSET_RSDP: usize = 32;
const OFFSET_MEMORY_MAP: usize = 40;
const OFFSET_MEMORY_MAP_ENTRIES: usize = 48;
/** The start info's size in version 1. */
export const START_INFO_SIZE: usize = 56;

const MEMORY_MAP_ENTRY_SIZE: usize = 24;
const ENTRY_OFFSET_BASE: usize = 0;
const ENTRY_OFFSET_SIZE: usize = 8;
const ENTRY_OFFSET_TYPE: usize = 16;
export const MEMORY_TYPE_RAM: u32 = 1;

/** The structure is there (magic) and new enough to carry a memory map. */
export function startInfoValid(startInfo: usize): boolean {
  return startInfo !== 0 && load32(startInfo + OFFSET_MAGIC) === START_INFO_MAGIC &&
    load32(startInfo + OFFSET_VERSION) >= 1;
}

/** Physical address of the NUL-terminated command line, or 0 for none. */
export function commandLineAddress(startInfo: usize): usize {
  return usize(load64(startInfo + OFFSET_COMMAND_LINE));
}

/** Physical address of the ACPI RSDP, or 0 when the machine has no ACPI tables. */
export function acpiRsdpAddress(startInfo: usize): usize {
  return usize(load64(startInfo + OFFSET_RSDP));
}

/** [start, end) lies inside one usable-RAM region of the memory map. */
export function isUsableRam(startInfo: usize, start: usize, end: usize): boolean {
  for (let index: i32 = 0; index < memoryRegionCount(startInfo); index++) {
    const base: usize = memoryRegionBase(startInfo, index);
    if (memoryRegionType(startInfo, index) === MEMORY_TYPE_RAM && base <= start &&
      end <= base + memoryRegionSize(startInfo, index)) {
      return true;
    }
  }
  return false;
}

export function memoryRegionCount(startInfo: usize): i32 {
  return i32(load32(startInfo + OFFSET_MEMORY_MAP_ENTRIES));
}

export function memoryRegionBase(startInfo: usize, index: i32): usize {
  return usize(load64(memoryMapEntry(startInfo, index) + ENTRY_OFFSET_BASE));
}

export function memoryRegionSize(startInfo: usize, index: i32): usize {
  return usize(load64(memoryMapEntry(startInfo, index) + ENTRY_OFFSET_SIZE));
}

export function memoryRegionType(startInfo: usize, index: i32): u32 {
  return load32(memoryMapEntry(startInfo, index) + ENTRY_OFFSET_TYPE);
}

function memoryMapEntry(startInfo: usize, index: i32): usize {
  const table: usize = usize(load64(startInfo + OFFSET_MEMORY_MAP));
  return table + usize(index) * MEMORY_MAP_ENTRY_SIZE;
}

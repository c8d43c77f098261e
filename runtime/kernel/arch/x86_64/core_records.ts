// Filling the per-core records of core_records.s (the layout is documented
// there; these offsets must match it, ap_trampoline.s's and
// exception_entry.s's). The boot core writes every record, in ring 3,
// before it starts the other cores; afterwards ring 0 only reads them and
// the CPU writes the TSS descriptor's busy bit.
import { load64, store16, store32, store64, store8 } from "toro/unsafe";
import { apicCoreIndexTable, bootGdt, coreRecords, sharedIoBitmap } from "toro/x86_64";
import {
  doubleFaultStackTop,
  instanceBlockOf,
  programStackTop,
  reportStackTop,
  ring0StackTop,
} from "./core_areas";

export const MAXIMUM_CORES: i32 = 64;
const CORE_RECORD_SIZE: usize = 512;

const RECORD_TSS: usize = 0;
const TSS_RSP0: usize = 4;
const TSS_IST1: usize = 36;
const TSS_IO_BITMAP_OFFSET: usize = 102;
const RECORD_GDT: usize = 128;
const RECORD_GDT_POINTER: usize = 192;
const RECORD_RING3_STACK_TOP: usize = 208;
const RECORD_RING3_ENTRY: usize = 216;
const RECORD_INSTANCE_BLOCK: usize = 224;
const RECORD_CORE_INDEX: usize = 232;
const RECORD_REPORT_STACK_TOP: usize = 240;
const RECORD_APIC_ID: usize = 248;

/** Descriptors copied from boot.s's GDT: null, kernel code and data, user data and code. */
const SEGMENT_DESCRIPTORS: usize = 5;
/** The TSS descriptor (16 bytes) follows them: selector 0x28 on every core.
 *  (Literals, not expressions: this runs before module initialisers.) */
const TSS_DESCRIPTOR_OFFSET: usize = 40;
const GDT_BYTES: usize = 56;
/** Present, DPL 0, type 9 (available 64-bit TSS). */
const TSS_DESCRIPTOR_TYPE: u32 = 0x89;
const IO_BITMAP_BYTES: usize = 8192;
/** Ring-0 stacks hold the record's address in their top 16 bytes (core_records.s). */
const STACK_RECORD_SLOT: usize = 16;

export function coreRecord(core: i32): usize {
  return coreRecords() + usize(core) * CORE_RECORD_SIZE;
}

export function setRecordApicId(core: i32, apicId: u32): void {
  store64(coreRecord(core) + RECORD_APIC_ID, u64(apicId));
}

export function recordApicId(core: i32): u32 {
  return u32(load64(coreRecord(core) + RECORD_APIC_ID));
}

/** The final byte of ones after the shared I/O bitmap (Intel SDM vol. 1, 19.5.2). */
export function sealSharedIoBitmap(): void {
  store8(sharedIoBitmap() + IO_BITMAP_BYTES, 0xff);
}

/**
 * Writes everything secondary core `core` reads on its way to ring 3: its TSS
 * and GDT, the stacks and instance block of its area (core_areas.ts), and
 * `entry`, the function it calls with its index; and maps its APIC ID to its
 * index for ap_trampoline.s.
 */
export function prepareSecondaryRecord(core: i32, area: usize, entry: usize): void {
  const record: usize = coreRecord(core);
  writeTss(record, area);
  writeGdt(record);
  store64(record + RECORD_RING3_STACK_TOP, u64(programStackTop(area)));
  store64(record + RECORD_RING3_ENTRY, u64(entry));
  store64(record + RECORD_INSTANCE_BLOCK, u64(instanceBlockOf(area)));
  store64(record + RECORD_CORE_INDEX, u64(core));
  store64(record + RECORD_REPORT_STACK_TOP, u64(reportStackTop(area)));
  store64(ring0StackTop(area) - STACK_RECORD_SLOT, u64(record));
  store64(doubleFaultStackTop(area) - STACK_RECORD_SLOT, u64(record));
  store8(apicCoreIndexTable() + usize(recordApicId(core)), u8(core));
}

function writeTss(record: usize, area: usize): void {
  const tss: usize = record + RECORD_TSS;
  store64(tss + TSS_RSP0, u64(ring0StackTop(area) - STACK_RECORD_SLOT));
  store64(tss + TSS_IST1, u64(doubleFaultStackTop(area) - STACK_RECORD_SLOT));
  store16(tss + TSS_IO_BITMAP_OFFSET, u16(sharedIoBitmap() - tss));
}

/**
 * boot.s's segment descriptors, then a TSS descriptor for this record's TSS
 * (Intel SDM vol. 3, 8.2.3): limit 15..0 and base 15..0 in the low dword;
 * base 23..16, type, limit 19..16 and base 31..24 in the next; base 63..32
 * in the third; zero. The limit reaches the shared bitmap's final byte.
 */
function writeGdt(record: usize): void {
  const gdt: usize = record + RECORD_GDT;
  for (let index: usize = 0; index < SEGMENT_DESCRIPTORS; index++) {
    store64(gdt + index * 8, load64(bootGdt() + index * 8));
  }
  const base: u64 = u64(record + RECORD_TSS);
  const limit: u64 = u64(sharedIoBitmap() + IO_BITMAP_BYTES - (record + RECORD_TSS));
  const descriptor: usize = gdt + TSS_DESCRIPTOR_OFFSET;
  store32(descriptor, u32(((base & 0xffff) << 16) | (limit & 0xffff)));
  store32(descriptor + 4, u32(((base >> 16) & 0xff) | (u64(TSS_DESCRIPTOR_TYPE) << 8) |
    (((limit >> 16) & 0xf) << 16) | (((base >> 24) & 0xff) << 24)));
  store32(descriptor + 8, u32(base >> 32));
  store32(descriptor + 12, 0);
  store16(record + RECORD_GDT_POINTER, u16(GDT_BYTES - 1));
  store64(record + RECORD_GDT_POINTER + 2, u64(gdt));
}

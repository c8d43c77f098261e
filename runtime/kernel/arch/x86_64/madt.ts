// The MADT (ACPI's "APIC" table): the local APIC of every processor, in the
// order the firmware lists them, and where the local APICs are mapped.
//
// Layout (ACPI 6.4, 5.2.12): after the 36-byte header, 36 local APIC
// address u32, 40 flags u32, then entries from 44, each starting with a type
// u8 and a length u8:
//   type 0, processor local APIC: 3 APIC ID u8, 4 flags u32;
//   type 9, processor local x2APIC: 4 x2APIC ID u32, 8 flags u32.
// Flags bit 0 "enabled": the processor can be started. Entries without it
// (QEMU lists hot-pluggable processors that way) are not counted.
import { load32, load8 } from "toro/unsafe";
import { tableLength } from "./acpi_tables";

/** "APIC", the MADT's signature, as a little-endian u32. */
export const MADT_SIGNATURE: u32 = 0x43495041;
// Offsets are literals, not sums of the header size: this runs before the
// module initialisers that would compute them.
const OFFSET_LOCAL_APIC_ADDRESS: usize = 36;
const FIRST_ENTRY_OFFSET: usize = 44;
const ENTRY_LOCAL_APIC: u8 = 0;
const ENTRY_LOCAL_X2APIC: u8 = 9;
const PROCESSOR_ENABLED: u32 = 1;
/** What processorApicId returns past the last enabled processor. */
export const NO_PROCESSOR: u32 = 0xffffffff;

/** The physical address of the local APICs' registers. */
export function madtLocalApicAddress(madt: usize): usize {
  return usize(load32(madt + OFFSET_LOCAL_APIC_ADDRESS));
}

/** The APIC ID of the `position`-th enabled processor (from 0), or NO_PROCESSOR. */
export function processorApicId(madt: usize, position: i32): u32 {
  let seen: i32 = 0;
  const end: usize = madt + tableLength(madt);
  let entry: usize = madt + FIRST_ENTRY_OFFSET;
  while (entry + 2 <= end && load8(entry + 1) >= 2) {
    const apicId: u32 = enabledProcessorId(entry);
    if (apicId !== NO_PROCESSOR) {
      if (seen === position) {
        return apicId;
      }
      seen++;
    }
    entry += usize(load8(entry + 1));
  }
  return NO_PROCESSOR;
}

/** The APIC ID of an enabled processor's entry, NO_PROCESSOR for any other entry. */
function enabledProcessorId(entry: usize): u32 {
  const type: u8 = load8(entry);
  if (type === ENTRY_LOCAL_APIC && (load32(entry + 4) & PROCESSOR_ENABLED) !== 0) {
    return u32(load8(entry + 3));
  }
  if (type === ENTRY_LOCAL_X2APIC && (load32(entry + 8) & PROCESSOR_ENABLED) !== 0) {
    return load32(entry + 4);
  }
  return NO_PROCESSOR;
}

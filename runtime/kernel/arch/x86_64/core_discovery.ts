// Which cores the machine has, and the rank each gets: the boot core is 0,
// the other enabled processors of the MADT follow in the order the firmware
// lists them (QEMU lists the boot processor first, so rank = MADT position
// there). Each core's APIC ID goes into its record (core_records.ts), where
// ap_startup.ts and ap_trampoline.s find it.
//
// A machine without ACPI tables (PVH start info without an RSDP, or no
// MADT) runs on the boot core alone: nothing else can name its cores.
// QEMU's microvm has no MP table to fall back on (checked with ACPI on and
// off: no "_MP_" floating pointer below 1 MiB).
import { acpiRsdpAddress } from "../../boot_info";
import { consoleWrite } from "../../console";
import { consoleWriteDecimal } from "../../number_text";
import { beginPanic, endPanic, panicWithoutLocation } from "../../panic";
import { findAcpiTable } from "./acpi_tables";
import { MAXIMUM_CORES, setRecordApicId } from "./core_records";
import { XAPIC_ID_LIMIT, localApicId, setLocalApicBase } from "./local_apic";
import { MADT_SIGNATURE, NO_PROCESSOR, madtLocalApicAddress, processorApicId } from "./madt";

/** Counts the cores, records their APIC IDs by rank, and returns the count (1..MAXIMUM_CORES). */
export function discoverProcessors(startInfo: usize): i32 {
  const madt: usize = findAcpiTable(acpiRsdpAddress(startInfo), MADT_SIGNATURE);
  if (madt === 0) {
    return 1;
  }
  setLocalApicBase(madtLocalApicAddress(madt));
  const bootApicId: u32 = localApicId();
  setRecordApicId(0, bootApicId);
  let count: i32 = 1;
  let bootListed: boolean = false;
  for (let position: i32 = 0; processorApicId(madt, position) !== NO_PROCESSOR; position++) {
    const apicId: u32 = processorApicId(madt, position);
    if (apicId === bootApicId) {
      bootListed = true;
    } else {
      count = recordSecondaryCore(count, apicId);
    }
  }
  if (!bootListed) {
    panicWithoutLocation("the boot core's local APIC is not among the MADT's enabled processors");
  }
  return count;
}

/** Gives `apicId` rank `count`; returns the new count. */
function recordSecondaryCore(count: i32, apicId: u32): i32 {
  if (count === MAXIMUM_CORES) {
    tooManyCores();
  }
  if (apicId >= XAPIC_ID_LIMIT) {
    panicWithoutLocation("a processor's APIC ID does not fit the xAPIC's 8 bits");
  }
  setRecordApicId(count, apicId);
  return count + 1;
}

function tooManyCores(): void {
  beginPanic();
  consoleWrite("the MADT lists more than ");
  consoleWriteDecimal(i64(MAXIMUM_CORES));
  consoleWrite(" enabled processors; the kernel supports up to that many cores");
  endPanic();
}

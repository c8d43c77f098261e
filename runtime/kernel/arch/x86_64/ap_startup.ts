// Starting the secondary cores (application processors): everything the
// boot core does, in ring 3, before and while it wakes them.
//
//   1. copy ap_trampoline.s's real-mode start code to TRAMPOLINE_ADDRESS, a
//      page of low RAM that the PVH memory map lists as usable and that
//      nothing else uses (the pools take RAM above the image only);
//   2. fill each core's record (core_records.ts) from its area
//      (core_areas.ts), unmap its stack's guard page (stack_guards.ts), and
//      make this core see the new page tables;
//   3. send each core INIT, then STARTUP twice (Intel SDM vol. 3, 9.4.4:
//      the second STARTUP is ignored by a core that already started). QEMU
//      resets a core and starts it as soon as the IPI arrives, with KVM and
//      with TCG, so no delays separate them; each IPI is sent once the
//      previous one has left (local_apic.ts).
// Each core then finds its record by its APIC ID, enters ring 3 on its own
// stack and calls `entry` with its index (ap_trampoline.s).
import { load8, store8 } from "toro/unsafe";
import { apTrampolineEnd, apTrampolineStart } from "toro/x86_64";
import { isUsableRam } from "../../boot_info";
import { panicWithoutLocation } from "../../panic";
import { areaOf, guardPageOf, guardTablePages, guardTablesStart } from "./core_areas";
import { prepareSecondaryRecord, recordApicId, sealSharedIoBitmap } from "./core_records";
import { sendInit, sendStartup } from "./local_apic";
import { flushTranslations, unmapGuardPage, useTablePages } from "./stack_guards";

/** ap_trampoline.s's TRAMPOLINE_BASE: page 8, the STARTUP vector. */
const TRAMPOLINE_ADDRESS: usize = 0x8000;
const PAGE_SIZE: usize = 4096;

/** Starts cores 1 .. coreCount - 1; each calls `entry` (a function address) with its index. */
export function startApplicationProcessors(startInfo: usize, coreCount: i32, entry: usize): void {
  installTrampoline(startInfo);
  sealSharedIoBitmap();
  useTablePages(guardTablesStart(), guardTablePages(coreCount));
  for (let core: i32 = 1; core < coreCount; core++) {
    prepareSecondaryRecord(core, areaOf(core), entry);
    unmapGuardPage(guardPageOf(areaOf(core)));
  }
  flushTranslations();
  for (let core: i32 = 1; core < coreCount; core++) {
    sendInit(recordApicId(core));
  }
  for (let round: i32 = 0; round < 2; round++) {
    for (let core: i32 = 1; core < coreCount; core++) {
      sendStartup(recordApicId(core), u32(TRAMPOLINE_ADDRESS / PAGE_SIZE));
    }
  }
}

function installTrampoline(startInfo: usize): void {
  const length: usize = apTrampolineEnd() - apTrampolineStart();
  if (length > PAGE_SIZE || !isUsableRam(startInfo, TRAMPOLINE_ADDRESS, TRAMPOLINE_ADDRESS + PAGE_SIZE)) {
    panicWithoutLocation("the secondary cores' start page (0x8000) is not usable RAM in the PVH memory map");
  }
  for (let offset: usize = 0; offset < length; offset++) {
    store8(TRAMPOLINE_ADDRESS + offset, load8(apTrampolineStart() + offset));
  }
}

// The local APIC, through its memory-mapped (xAPIC) registers: this core's
// APIC ID, and inter-processor interrupts (IPIs) sent through the interrupt
// command register (ICR). Intel SDM vol. 3, chapter 10.
//
// Why xAPIC MMIO and not x2APIC MSRs: all compiled code runs in ring 3
// (boot.s), where rdmsr/wrmsr trap and are performed in ring 0 at about
// 0.1 ms each under kvm_pvm; the register page (0xfee00000 on QEMU, in the
// uncached fourth GiB of the identity map) is user-accessible like every
// page, so ring 3 writes the ICR directly, under kvm_pvm and TCG alike.
//
// Registers used (byte offsets from the base): 0x020 ID (bits 31..24),
// 0x300 ICR low (vector 7..0, delivery mode 10..8, delivery status 12,
// level 14, destination shorthand 19..18), 0x310 ICR high (destination
// APIC ID in bits 31..24). Writing ICR low sends the IPI.
import { volatileLoad32, volatileStore32 } from "toro/unsafe";
import { pause } from "toro/x86_64";

const REGISTER_ID: usize = 0x20;
const REGISTER_ICR_LOW: usize = 0x300;
const REGISTER_ICR_HIGH: usize = 0x310;
const ICR_DELIVERY_INIT: u32 = 0x500;
const ICR_DELIVERY_STARTUP: u32 = 0x600;
const ICR_LEVEL_ASSERT: u32 = 0x4000;
const ICR_SEND_PENDING: u32 = 0x1000;
/** xAPIC destinations are 8 bits. */
export const XAPIC_ID_LIMIT: u32 = 256;

/**
 * Where the registers are mapped: the MADT's value (madt.ts), 0xfee00000 on
 * every PC. Written once by the boot core before other cores start.
 * @shared
 */
let localApicBase: usize = 0xfee00000;

export function setLocalApicBase(address: usize): void {
  localApicBase = address;
}

/** The running core's local APIC ID. */
export function localApicId(): u32 {
  return volatileLoad32(localApicBase + REGISTER_ID) >>> 24;
}

/** INIT to the core with APIC ID `apicId` (below XAPIC_ID_LIMIT): it resets and waits for STARTUP. */
export function sendInit(apicId: u32): void {
  sendInterprocessorInterrupt(apicId, ICR_DELIVERY_INIT | ICR_LEVEL_ASSERT);
}

/** STARTUP: a core waiting after INIT starts in real mode at physical `page` * 4096 (page < 256). */
export function sendStartup(apicId: u32, page: u32): void {
  sendInterprocessorInterrupt(apicId, ICR_DELIVERY_STARTUP | ICR_LEVEL_ASSERT | (page & 0xff));
}

/** Writes the ICR once the previous IPI has left (delivery status idle). */
function sendInterprocessorInterrupt(apicId: u32, command: u32): void {
  waitUntilSent();
  volatileStore32(localApicBase + REGISTER_ICR_HIGH, apicId << 24);
  volatileStore32(localApicBase + REGISTER_ICR_LOW, command);
  waitUntilSent();
}

function waitUntilSent(): void {
  while ((volatileLoad32(localApicBase + REGISTER_ICR_LOW) & ICR_SEND_PENDING) !== 0) {
    pause();
  }
}

// Waking a halted core: the wake-up inter-processor interrupt, and the local
// APIC one-shot timer that bounds a halt (a sleeping thread's deadline).
//
// Vector 0xf0 wakes; 0xff is the APIC's spurious vector. The legacy PIC is
// masked: every interrupt comes through the local APICs (xAPIC MMIO at
// 0xFEE00000, user-accessible like every page). The timer counts the APIC bus
// clock divided by 1, which is 1 GHz under QEMU's TCG and KVM alike, so a
// count is a number of nanoseconds; a halt that ends early or late only makes
// the scheduler look at its deadlines again, never miss one.
import { store16, store32, volatileStore32 } from "toro/unsafe";
import { idtStorage, lidt, outb, sti } from "toro/x86_64";
import { recordApicId } from "./core_records";

declare function __toro_wake_interrupt_address(): usize;
declare function __toro_spurious_interrupt_address(): usize;
declare function __toro_halt_unless_woken(flag: usize, timerCountRegister: usize, count: u32): void;

const WAKE_VECTOR: usize = 240;
const SPURIOUS_VECTOR: usize = 255;
const LAPIC: usize = 0xfee00000;
const LAPIC_SPURIOUS_VECTOR: usize = 0xf0;
const LAPIC_INTERRUPT_COMMAND_HIGH: usize = 0x310;
const LAPIC_INTERRUPT_COMMAND_LOW: usize = 0x300;
const LAPIC_TIMER_VECTOR: usize = 0x320;
const LAPIC_TIMER_INITIAL_COUNT: usize = 0x380;
const LAPIC_TIMER_DIVIDE: usize = 0x3e0;
/** Software-enable bit of the spurious-vector register, with vector 0xff. */
const LAPIC_ENABLE_WITH_SPURIOUS: u32 = 0x1ff;
/** Divide configuration 1011b: divide by 1. */
const DIVIDE_BY_ONE: u32 = 0xb;
/** Timer LVT: masked (bit 16), one-shot, wake vector. */
const TIMER_MASKED: u32 = 0x100f0;
const TIMER_ONE_SHOT: u32 = 0xf0;
/** ICR: fixed delivery (000b), level assert (bit 14). */
const FIXED_DELIVERY_ASSERT: u32 = 0x4000;
/** The IDT's storage: 256 gates of 16 bytes, then the pseudo-descriptor lidt reads (boot.s). */
const GATE_SIZE: usize = 16;
const IDT_DESCRIPTOR_OFFSET: usize = 4096;
const KERNEL_CODE_SELECTOR: u32 = 0x08;
/** Present, DPL 0, 64-bit interrupt gate. */
const INTERRUPT_GATE: u32 = 0x8e00;

function writeGate(vector: usize, handler: usize): void {
  const gate: usize = idtStorage() + vector * GATE_SIZE;
  store32(gate, u32(handler & 0xffff) | (KERNEL_CODE_SELECTOR << 16));
  store32(gate + 4, u32(handler & 0xffff0000) | INTERRUPT_GATE);
  store32(gate + 8, u32(handler >> 32));
  store32(gate + 12, 0);
}

/** Boot core, before the other cores start: the two gates, an IDT limit covering all 256 vectors, the PIC masked. */
export function installWakeInterrupt(): void {
  writeGate(WAKE_VECTOR, __toro_wake_interrupt_address());
  writeGate(SPURIOUS_VECTOR, __toro_spurious_interrupt_address());
  store16(idtStorage() + IDT_DESCRIPTOR_OFFSET, u16(IDT_DESCRIPTOR_OFFSET - 1));
  lidt(idtStorage() + IDT_DESCRIPTOR_OFFSET);
  outb(0x21, 0xff);
  outb(0xa1, 0xff);
}

/** Every core, before its first halt: its local APIC on, its timer ready and masked, interrupts on. */
export function enableWakeInterrupts(): void {
  volatileStore32(LAPIC + LAPIC_SPURIOUS_VECTOR, LAPIC_ENABLE_WITH_SPURIOUS);
  volatileStore32(LAPIC + LAPIC_TIMER_DIVIDE, DIVIDE_BY_ONE);
  volatileStore32(LAPIC + LAPIC_TIMER_VECTOR, TIMER_MASKED);
  sti();
}

export function sendWake(core: i32): void {
  volatileStore32(LAPIC + LAPIC_INTERRUPT_COMMAND_HIGH, recordApicId(core) << 24);
  volatileStore32(LAPIC + LAPIC_INTERRUPT_COMMAND_LOW, FIXED_DELIVERY_ASSERT | u32(WAKE_VECTOR));
}

/** Halts unless the word at `flag` is set; with `nanoseconds` > 0 the one-shot timer ends the halt then at the latest. */
export function haltUnlessWoken(flag: usize, nanoseconds: u64): void {
  volatileStore32(LAPIC + LAPIC_TIMER_VECTOR, TIMER_ONE_SHOT);
  __toro_halt_unless_woken(flag, LAPIC + LAPIC_TIMER_INITIAL_COUNT, u32(nanoseconds > 0xffffffff ? 0xffffffff : nanoseconds));
}

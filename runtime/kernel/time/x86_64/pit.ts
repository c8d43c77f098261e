// The i8254 programmable interval timer as a reference clock: channel 0 is
// set counting down from 65536 at 1,193,182 Hz (mode 2, rate generator) and
// read with the counter-latch command while the TSC is read around the
// latch. (Channel 2, gated through port 61h, is the usual choice on PCs, but
// QEMU's microvm has no port 61h: it reads FFh under both TCG and kvm_pvm.
// Channel 0 in mode 2 with reload 0 raises IRQ 0 at 18.2 Hz, the rate it
// already has from reset (mode 3, reload 0); nothing routes it to a vector,
// the I/O APIC's entries being masked.)
//
// Register interface: port 43h takes a command byte, port 40h is channel 0's
// count (low byte, then high byte). Each access traps to the hypervisor:
// about 25 us each under kvm_pvm, 0.1 us under TCG, so one sample (three
// accesses) costs about 77 us and 0.2 us respectively; the bracket around
// the latch (one access) is about 66,000 and 200 TSC cycles.
import { inb, outb } from "toro/x86_64";
import { readCycleCounter } from "./time_stamp_counter";

const CHANNEL_0_DATA: u16 = 0x40;
const COMMAND: u16 = 0x43;
/** Channel 0, low byte then high byte, mode 2 (rate generator), binary. */
const COMMAND_CHANNEL_0_MODE_2: u8 = 0x34;
/** Channel 0, counter latch. */
const COMMAND_CHANNEL_0_LATCH: u8 = 0x00;

/** Port accesses made so far, for the calibration's report. */
let portAccesses: i32 = 0;

/** One reading: the count latched at some instant within [latchStart, latchEnd] in TSC cycles. */
export class PitSample {
  latchStart: u64 = 0;
  latchEnd: u64 = 0;
  count: u32 = 0;
}

/** Starts channel 0 counting down from 65536 (a reload value of 0) in mode 2. */
export function pitStart(): void {
  outb(COMMAND, COMMAND_CHANNEL_0_MODE_2);
  outb(CHANNEL_0_DATA, 0);
  outb(CHANNEL_0_DATA, 0);
  portAccesses += 3;
}

/** Latches channel 0's count, reading the TSC just before and just after the latch. */
export function pitRead(into: PitSample): void {
  into.latchStart = readCycleCounter();
  outb(COMMAND, COMMAND_CHANNEL_0_LATCH);
  into.latchEnd = readCycleCounter();
  const low: u8 = inb(CHANNEL_0_DATA);
  const high: u8 = inb(CHANNEL_0_DATA);
  into.count = (u32(high) << 8) | u32(low);
  portAccesses += 3;
}

export function pitPortAccesses(): i32 {
  return portAccesses;
}

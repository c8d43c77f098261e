// Ending the machine: QEMU's isa-debug-exit device, and halting for good.
//
// torotsc starts QEMU with `-device isa-debug-exit,iobase=0xf4,iosize=0x04`.
// Writing v to port 0xf4 ends QEMU with status (v << 1) | 1, which the
// runner maps back to v (compiler/run/exit_status.ts). The host keeps only 8
// bits of a status, so codes 0..127 arrive intact.
import { cli, hlt, outl } from "toro/x86_64";

const DEBUG_EXIT_PORT: u16 = 0xf4;

/** Ends the run with `code`; returns only when the device is absent. */
export function debugExit(code: i32): void {
  outl(DEBUG_EXIT_PORT, u32(code));
}

/** Stops this CPU for good: interrupts off, then halt (repeated, because a
 *  non-maskable interrupt still wakes a halted CPU). */
export function haltForever(): void {
  while (true) {
    cli();
    hlt();
  }
}

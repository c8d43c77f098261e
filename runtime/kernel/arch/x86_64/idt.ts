// The interrupt descriptor table: gates 0..31 lead to the CPU-exception
// stubs of boot.s, which call __toro_exception (exceptions.ts).
//
// The table lives in the static, page-aligned room boot.s reserves (the
// intrinsic idtStorage), so it can be installed before the heap exists. It
// has space for 256 gates; the limit loaded covers the 32 in use, so any
// other vector faults (as a general-protection exception) instead of
// jumping through an empty gate. Gate format: Intel SDM vol. 3, section
// 6.14.1, "64-Bit Mode IDT".
import { store16, store32, store64 } from "toro/unsafe";
import { exceptionStubAddress, idtStorage, lidt } from "toro/x86_64";

const GATE_SIZE: usize = 16;
const GATE_CAPACITY: usize = 256;
const EXCEPTION_VECTORS: u32 = 32;
/** The 64-bit kernel code segment of boot.s's GDT. */
const KERNEL_CODE_SELECTOR: u16 = 0x08;
/** Present, privilege level 0, 64-bit interrupt gate (the CPU clears IF on
 *  entry), no interrupt stack table entry. */
const INTERRUPT_GATE: u16 = 0x8e00;

export function installExceptionGates(): void {
  const table: usize = idtStorage();
  for (let vector: u32 = 0; vector < EXCEPTION_VECTORS; vector++) {
    writeGate(table + usize(vector) * GATE_SIZE, exceptionStubAddress(vector));
  }
  // The pseudo-descriptor lidt reads: a u16 limit, then the u64 base. boot.s
  // reserves its slot right after the gates.
  const descriptor: usize = table + GATE_CAPACITY * GATE_SIZE;
  store16(descriptor, u16(usize(EXCEPTION_VECTORS) * GATE_SIZE - 1));
  store64(descriptor + 2, u64(table));
  lidt(descriptor);
}

function writeGate(gate: usize, handler: usize): void {
  store16(gate, u16(handler & 0xffff));
  store16(gate + 2, KERNEL_CODE_SELECTOR);
  store16(gate + 4, INTERRUPT_GATE);
  store16(gate + 6, u16((handler >>> 16) & 0xffff));
  store32(gate + 8, u32(handler >>> 32));
  store32(gate + 12, 0);
}

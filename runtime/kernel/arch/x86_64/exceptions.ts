// CPU exceptions: every one is fatal and reported as a panic, e.g.
//   panic on core 1 (thread main): CPU exception 14 (page fault) error code 0x2 address 0x0 at rip 0x10234f
// (`address` is cr2, the faulting address, and appears for page faults only).
// The faulting rip comes last so that `torotsc run` can append the
// TypeScript location it maps to (compiler/run/symbolizer.ts): "... at rip
// 0x10234f (prog.ts:12)".
//
// Entered in ring 3, on the core's report stack, from exception_entry.s's common
// path with the frame described in exception_frame.ts (the faulting code's
// registers, and cr2 as read in ring 0). The report goes through the panic
// protocol (panic.ts), so an exception raised while reporting ends the run
// instead of recursing, and nothing here allocates. It never returns.
import { consoleWrite } from "../../console";
import { consoleWriteDecimal, consoleWriteHex } from "../../number_text";
import { beginPanic, endPanic } from "../../panic";
import { FRAME_CR2, FRAME_ERROR_CODE, FRAME_RIP, frameField, frameVector } from "./exception_frame";

const PAGE_FAULT: u32 = 14;

export function __toro_exception(frame: usize): void {
  const vector: u32 = frameVector(frame);
  beginPanic();
  consoleWrite("CPU exception ");
  consoleWriteDecimal(i64(vector));
  consoleWrite(" (");
  consoleWrite(exceptionName(vector));
  consoleWrite(") error code ");
  consoleWriteHex(frameField(frame, FRAME_ERROR_CODE));
  if (vector === PAGE_FAULT) {
    consoleWrite(" address ");
    consoleWriteHex(frameField(frame, FRAME_CR2));
  }
  consoleWrite(" at rip ");
  consoleWriteHex(frameField(frame, FRAME_RIP));
  endPanic();
}

/** Names from Intel SDM vol. 3, table 6-1 (29 and 30 are AMD's). */
function exceptionName(vector: u32): string {
  switch (vector) {
    case 0: return "divide error";
    case 1: return "debug";
    case 2: return "non-maskable interrupt";
    case 3: return "breakpoint";
    case 4: return "overflow";
    case 5: return "bound range exceeded";
    case 6: return "invalid opcode";
    case 7: return "device not available";
    case 8: return "double fault";
    case 9: return "coprocessor segment overrun";
    case 10: return "invalid TSS";
    case 11: return "segment not present";
    case 12: return "stack-segment fault";
    case 13: return "general protection";
    case 14: return "page fault";
    case 16: return "x87 floating-point error";
    case 17: return "alignment check";
    case 18: return "machine check";
    case 19: return "SIMD floating-point exception";
    case 20: return "virtualisation exception";
    case 21: return "control protection";
    case 28: return "hypervisor injection";
    case 29: return "VMM communication";
    case 30: return "security exception";
    default: return "reserved";
  }
}

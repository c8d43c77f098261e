// The frame exception_entry.s hands over for a CPU exception, read field by
// field.
//
// In ring 0, exception_entry.s pushes the general registers on top of what
// the CPU pushed (and of the vector and error code its stub pushed), copies
// the result and cr2 to a static buffer and enters __toro_exception in ring 3
// with the buffer's address. The layout, in bytes from the frame address, is
// documented at the top of exception_entry.s; these offsets must match it:
//     0 r15     8 r14    16 r13    24 r12    32 r11    40 r10
//    48 r9     56 r8     64 rbp    72 rdi    80 rsi    88 rdx
//    96 rcx   104 rbx   112 rax
//   120 vector   128 error code (0 when the CPU pushes none)
//   136 rip   144 cs   152 rflags   160 rsp   168 ss   (the faulting state)
//   176 cr2 (the faulting address of a page fault, read in ring 0)
import { load64 } from "toro/unsafe";

export const FRAME_R15: usize = 0;
export const FRAME_R14: usize = 8;
export const FRAME_R13: usize = 16;
export const FRAME_R12: usize = 24;
export const FRAME_R11: usize = 32;
export const FRAME_R10: usize = 40;
export const FRAME_R9: usize = 48;
export const FRAME_R8: usize = 56;
export const FRAME_RBP: usize = 64;
export const FRAME_RDI: usize = 72;
export const FRAME_RSI: usize = 80;
export const FRAME_RDX: usize = 88;
export const FRAME_RCX: usize = 96;
export const FRAME_RBX: usize = 104;
export const FRAME_RAX: usize = 112;
export const FRAME_VECTOR: usize = 120;
export const FRAME_ERROR_CODE: usize = 128;
export const FRAME_RIP: usize = 136;
export const FRAME_CS: usize = 144;
export const FRAME_RFLAGS: usize = 152;
export const FRAME_RSP: usize = 160;
export const FRAME_SS: usize = 168;
export const FRAME_CR2: usize = 176;
export const FRAME_SIZE: usize = 184;

/** One 8-byte field of the frame at `frame`; `offset` is a FRAME_* constant. */
export function frameField(frame: usize, offset: usize): u64 {
  return load64(frame + offset);
}

export function frameVector(frame: usize): u32 {
  return u32(frameField(frame, FRAME_VECTOR));
}

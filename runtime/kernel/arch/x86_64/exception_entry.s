# exception_entry.s: the CPU-exception entry stubs (ring 0) and the hand-off
# of an exception to `__toro_exception` in ring 3.
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
#
# boot.s points IDT gates 0..31 at the stubs below (interrupt gates, so IF is
# off; the double fault runs on its own IST stack). An exception from ring 3
# arrives on the ring-0 stack (TSS.RSP0), and the common path:
#   1. builds the frame below on the ring-0 stack;
#   2. if it is a general-protection fault raised by one of the privileged
#      instructions that ring-3 runtime code uses (hlt, cli, rdmsr, mov to
#      cr3...), performs it in ring 0 (privileged_emulation.s) and returns
#      to the next instruction: this is how the runtime reaches ring 0;
#   3. otherwise the exception is fatal and reported by the compiled
#      runtime, which formats text with SSE and must therefore run in ring 3
#      (boot.s explains why). The running core's record (core_records.s) is
#      the word just past the frame: the CPU pushed the frame from RSP0 (or
#      IST1, for a double fault) down, and the word above those holds the
#      record's address. The frame is copied, with cr2, into the record, a
#      buffer that later emulated instructions (which reuse the ring-0
#      stack) cannot overwrite;
#   4. `iretq`s into ring 3 at `__toro_exception(frame)`, rdi = the copy,
#      on the core's own report stack (the record's): the faulting stack
#      may be the broken thing (an overflow), so it is never reused.
# A reported exception never returns to the faulting code. Should
# `__toro_exception` return, `exception_handler_returned` ends the run with
# the panic status. An exception while the report stack is in use (a
# fault inside the report) enters `__toro_exception` again from the top of
# that stack; the panic protocol (panic.ts) turns it into a short line. An
# exception before the record is known (the first instructions of ring 3)
# is reported like one in ring 0.
#
# An exception in ring 0 (a bug in this assembly) cannot use the runtime at
# all; ring0_panic.s prints a fixed-format line through the serial port
# without SSE and exits with the panic status.
#
# Exception frame. Offsets from the frame address (the same on the ring-0
# stack and in the copy, which adds cr2):
#     0 r15     8 r14    16 r13    24 r12    32 r11    40 r10
#    48 r9     56 r8     64 rbp    72 rdi    80 rsi    88 rdx
#    96 rcx   104 rbx   112 rax
#   120 vector (0..31)
#   128 error code (0 for vectors where the CPU pushes none)
#   136 rip   144 cs   152 rflags   160 rsp   168 ss   (pushed by the CPU:
#       the faulting state, cs & 3 being its privilege level)
#   176 cr2 (the copy only: the faulting address of a page fault)
#   184 = size of the copy
# exception_frame.ts (the runtime's report) and privileged_emulation.s read
# this layout; change them together.

        .set KERNEL_MODE_MASK, 3
        .set FRAME_VECTOR, 120
        .set FRAME_ERROR_CODE, 128
        .set FRAME_RIP, 136
        .set FRAME_CS, 144
        .set FRAME_REGISTERS_SIZE, 120
        .set FRAME_PUSHED_SIZE, 176
        .set FRAME_CR2, 176
        .include "machine_constants.inc"
        .set BOOT_REPORT_STACK_SIZE, 32768
        # core_records.s's layout.
        .set RECORD_REPORT_STACK_TOP, 240
        .set RECORD_EXCEPTION_FRAME, 256
        .set PAGE_FAULT_VECTOR, 14

# ---------------------------------------------------------------------------
# The stubs. The CPU pushes an error code for vectors 8, 10-14, 17, 21, 29 and
# 30 (Intel SDM vol. 3, table 6-1; AMD for 29 and 30); the other stubs push 0
# so that every frame has the same layout.
        .text
        .macro exception_stub vector, cpu_pushes_error_code
        .p2align 4
exception_stub_\vector:
        .if \cpu_pushes_error_code == 0
        pushq $0
        .endif
        pushq $\vector
        jmp exception_common
        .endm

        exception_stub 0, 0             # divide error
        exception_stub 1, 0             # debug
        exception_stub 2, 0             # non-maskable interrupt
        exception_stub 3, 0             # breakpoint
        exception_stub 4, 0             # overflow
        exception_stub 5, 0             # bound range exceeded
        exception_stub 6, 0             # invalid opcode
        exception_stub 7, 0             # device not available
        exception_stub 8, 1             # double fault
        exception_stub 9, 0             # coprocessor segment overrun
        exception_stub 10, 1            # invalid TSS
        exception_stub 11, 1            # segment not present
        exception_stub 12, 1            # stack-segment fault
        exception_stub 13, 1            # general protection
        exception_stub 14, 1            # page fault
        exception_stub 15, 0            # reserved
        exception_stub 16, 0            # x87 floating-point error
        exception_stub 17, 1            # alignment check
        exception_stub 18, 0            # machine check
        exception_stub 19, 0            # SIMD floating-point exception
        exception_stub 20, 0            # virtualisation exception
        exception_stub 21, 1            # control protection
        exception_stub 22, 0            # reserved
        exception_stub 23, 0            # reserved
        exception_stub 24, 0            # reserved
        exception_stub 25, 0            # reserved
        exception_stub 26, 0            # reserved
        exception_stub 27, 0            # reserved
        exception_stub 28, 0            # hypervisor injection
        exception_stub 29, 1            # VMM communication
        exception_stub 30, 1            # security exception
        exception_stub 31, 0            # reserved

        .p2align 4
exception_common:
        push %rax
        push %rbx
        push %rcx
        push %rdx
        push %rsi
        push %rdi
        push %rbp
        push %r8
        push %r9
        push %r10
        push %r11
        push %r12
        push %r13
        push %r14
        push %r15
        cld
        testb $KERNEL_MODE_MASK, FRAME_CS(%rsp)
        jz exception_in_ring0

        mov %rsp, %rdi
        call __toro_emulate_privileged_instruction
        test %eax, %eax
        jnz resume_ring3

        mov FRAME_PUSHED_SIZE(%rsp), %rbx       # the core's record
        test %rbx, %rbx
        jz exception_in_ring0
        mov %rsp, %rsi
        lea RECORD_EXCEPTION_FRAME(%rbx), %rdi
        mov $FRAME_PUSHED_SIZE / 8, %ecx
        rep movsq
        mov %cr2, %rax
        mov %rax, RECORD_EXCEPTION_FRAME + FRAME_CR2(%rbx)

        # Enter ring 3 as if `__toro_exception` had been called from
        # exception_handler_returned: the return address sits at the top of
        # the report stack, so rsp + 8 is 16-byte aligned (SysV ABI).
        mov RECORD_REPORT_STACK_TOP(%rbx), %rax
        sub $8, %rax
        movq $exception_handler_returned, (%rax)
        pushq $USER_DATA_SELECTOR
        pushq %rax
        pushq $__toro_ring3_rflags
        pushq $USER_CODE_SELECTOR
        pushq $__toro_exception
        lea RECORD_EXCEPTION_FRAME(%rbx), %rdi
        xor %ebp, %ebp
        iretq

# The emulation updated the frame (registers, rip past the instruction,
# rflags); resume from it.
resume_ring3:
        pop %r15
        pop %r14
        pop %r13
        pop %r12
        pop %r11
        pop %r10
        pop %r9
        pop %r8
        pop %rbp
        pop %rdi
        pop %rsi
        pop %rdx
        pop %rcx
        pop %rbx
        pop %rax
        add $FRAME_RIP - FRAME_REGISTERS_SIZE, %rsp   # the vector and the error code
        iretq

# Ring 0 faulted (or ring 3 before its core's record was set up): report
# from here, without the runtime.
# "panic: CPU exception <vector> in ring 0 at rip 0x... error code 0x..."
# and " address 0x..." (cr2) for a page fault.
exception_in_ring0:
        mov %cr2, %rbx
        mov %rsp, %r12                  # the frame; r12 survives the calls
        mov $ring0_exception_text, %esi
        call __toro_ring0_write_text
        mov FRAME_VECTOR(%r12), %rax
        call __toro_ring0_write_small_decimal
        mov $ring0_rip_text, %esi
        call __toro_ring0_write_text
        mov FRAME_RIP(%r12), %rax
        call __toro_ring0_write_hex
        mov $ring0_error_code_text, %esi
        call __toro_ring0_write_text
        mov FRAME_ERROR_CODE(%r12), %rax
        call __toro_ring0_write_hex
        cmpq $PAGE_FAULT_VECTOR, FRAME_VECTOR(%r12)
        jne 1f
        mov $ring0_address_text, %esi
        call __toro_ring0_write_text
        mov %rbx, %rax
        call __toro_ring0_write_hex
1:      jmp __toro_ring0_panic_end

# Ring 3: where `__toro_exception` would return to. It never should (every
# exception is fatal), so this ends the run with the panic status.
exception_handler_returned:
        mov $__toro_panic_exit_code, %eax
        mov $__toro_debug_exit_port, %edx
        outl %eax, %dx
        jmp __toro_ring3_halt_forever

# ---------------------------------------------------------------------------
        .section .rodata, "a", @progbits
        .p2align 3
        # 32 stub addresses, indexed by vector; read by boot.s to fill the
        # IDT and by the intrinsic exceptionStubAddress (intrinsics.ll).
        .globl __exception_stubs
__exception_stubs:
        .irp vector, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .quad exception_stub_\vector
        .endr

ring0_exception_text:
        .asciz "panic: CPU exception "
ring0_rip_text:
        .asciz " in ring 0 at rip "
ring0_error_code_text:
        .asciz " error code "
ring0_address_text:
        .asciz " address "

# ---------------------------------------------------------------------------
        # The boot core's report stack (boot.s records it in the boot core's
        # record; each secondary core has its own, ap_startup.ts).
        .bss
        .p2align 4
boot_report_stack:
        .skip BOOT_REPORT_STACK_SIZE
        .globl __toro_boot_report_stack_top
__toro_boot_report_stack_top:

# privileged_emulation.s: the privileged instructions of toro/x86_64
# (cpu.d.ts), executed in ring 0 on behalf of ring 3.
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
#
# The compiled runtime runs in ring 3 (boot.s explains why), where hlt, cli,
# sti (ring 3 has IOPL 0), rdmsr, wrmsr, moves to and from control registers
# and lidt/lgdt raise a general-protection fault (#GP, error code 0) before
# doing anything. exception_entry.s hands every #GP from ring 3 to
# `__toro_emulate_privileged_instruction`, which recognises the instruction
# at the faulting rip, performs it in ring 0 on the registers saved in the
# exception frame, and moves rip past it; the stub then resumes ring 3. To
# the runtime the instruction simply worked. Port I/O (allowed by the TSS's
# I/O bitmap), pause, rdtsc and cpuid need no help.
#
# Why trap-and-emulate rather than `syscall`: under kvm_pvm, `syscall` from
# ring 3 does not raise the privilege level (boot.s), while an exception
# does; trapping on the instruction itself also leaves intrinsics.ll with
# plain instructions that would work unchanged in ring 0.
#
# Recognised encodings (the table at the end). intrinsics.ll pins the
# register operands to make them fixed byte strings: control registers move
# through rax, and lidt/lgdt take their pseudo-descriptor address in rax.
# Any other #GP is not emulated and becomes an exception report.
#
# No SSE or x87 instruction may appear here: kvm_pvm emulates ring 0
# without them.

        # Exception frame offsets (exception_entry.s).
        .set FRAME_RDX, 88
        .set FRAME_RCX, 96
        .set FRAME_RAX, 112
        .set FRAME_VECTOR, 120
        .set FRAME_ERROR_CODE, 128
        .set FRAME_RIP, 136
        .set FRAME_RFLAGS, 152
        .set GENERAL_PROTECTION_VECTOR, 13
        .set RFLAGS_IF, 1 << 9
        # A table entry: the encoding's length (1..3), its bytes (padded),
        # 4 bytes of padding, then the handler's address.
        .set ENTRY_SIZE, 16
        .set ENTRY_HANDLER, 8

        .text

# rdi = exception frame of a fault from ring 3. Returns eax = 1 when the
# faulting instruction was emulated (the frame now holds the state to
# resume), 0 when it is not one of ours. Changes any register but rsp and
# rdi; the caller restores ring 3's registers from the frame.
        .globl __toro_emulate_privileged_instruction
        .p2align 4
__toro_emulate_privileged_instruction:
        cmpq $GENERAL_PROTECTION_VECTOR, FRAME_VECTOR(%rdi)
        jne not_emulated
        cmpq $0, FRAME_ERROR_CODE(%rdi)
        jne not_emulated
        mov FRAME_RIP(%rdi), %rsi
        mov $emulated_instructions, %r8d
next_entry:
        movzbl (%r8), %ecx              # encoding length; 0 ends the table
        test %ecx, %ecx
        jz not_emulated
        xor %edx, %edx
compare_byte:
        movzbl 1(%r8, %rdx), %eax
        cmp (%rsi, %rdx), %al
        jne skip_entry
        inc %edx
        cmp %ecx, %edx
        jne compare_byte
        add %rcx, FRAME_RIP(%rdi)
        call *ENTRY_HANDLER(%r8)
        mov $1, %eax
        ret
skip_entry:
        add $ENTRY_SIZE, %r8
        jmp next_entry
not_emulated:
        xor %eax, %eax
        ret

# Handlers: rdi = frame; may change rax, rcx, rdx, rsi, r8.

# Waits with ring 3's interrupt flag: `sti` delays interrupts by one
# instruction, so none can slip in between it and `hlt`.
halt:
        testq $RFLAGS_IF, FRAME_RFLAGS(%rdi)
        jz 1f
        sti
        hlt
        cli
        ret
1:      hlt
        ret

clear_interrupt_flag:
        andq $~RFLAGS_IF, FRAME_RFLAGS(%rdi)
        ret

set_interrupt_flag:
        orq $RFLAGS_IF, FRAME_RFLAGS(%rdi)
        ret

# rdmsr and wrmsr write eax and edx, which clears the upper halves of rax
# and rdx, as the instructions do in 64-bit mode.
read_msr:
        mov FRAME_RCX(%rdi), %ecx
        rdmsr
        mov %rax, FRAME_RAX(%rdi)
        mov %rdx, FRAME_RDX(%rdi)
        ret

write_msr:
        mov FRAME_RCX(%rdi), %ecx
        mov FRAME_RAX(%rdi), %eax
        mov FRAME_RDX(%rdi), %edx
        wrmsr
        ret

read_cr0:
        mov %cr0, %rax
        mov %rax, FRAME_RAX(%rdi)
        ret

read_cr2:
        mov %cr2, %rax
        mov %rax, FRAME_RAX(%rdi)
        ret

read_cr3:
        mov %cr3, %rax
        mov %rax, FRAME_RAX(%rdi)
        ret

read_cr4:
        mov %cr4, %rax
        mov %rax, FRAME_RAX(%rdi)
        ret

write_cr0:
        mov FRAME_RAX(%rdi), %rax
        mov %rax, %cr0
        ret

write_cr3:
        mov FRAME_RAX(%rdi), %rax
        mov %rax, %cr3
        ret

write_cr4:
        mov FRAME_RAX(%rdi), %rax
        mov %rax, %cr4
        ret

# The pseudo-descriptor (u16 limit, u64 base) is at ring 3's rax.
load_idt:
        mov FRAME_RAX(%rdi), %rax
        lidt (%rax)
        ret

load_gdt:
        mov FRAME_RAX(%rdi), %rax
        lgdt (%rax)
        ret

        .section .rodata, "a", @progbits
        .p2align 4
        .macro emulated length, byte0, byte1, byte2, handler
        .byte \length, \byte0, \byte1, \byte2
        .long 0
        .quad \handler
        .endm
emulated_instructions:
        emulated 1, 0xf4, 0, 0, halt                    # hlt
        emulated 1, 0xfa, 0, 0, clear_interrupt_flag    # cli
        emulated 1, 0xfb, 0, 0, set_interrupt_flag      # sti
        emulated 2, 0x0f, 0x32, 0, read_msr             # rdmsr
        emulated 2, 0x0f, 0x30, 0, write_msr            # wrmsr
        emulated 3, 0x0f, 0x20, 0xc0, read_cr0          # mov %cr0, %rax
        emulated 3, 0x0f, 0x20, 0xd0, read_cr2          # mov %cr2, %rax
        emulated 3, 0x0f, 0x20, 0xd8, read_cr3          # mov %cr3, %rax
        emulated 3, 0x0f, 0x20, 0xe0, read_cr4          # mov %cr4, %rax
        emulated 3, 0x0f, 0x22, 0xc0, write_cr0         # mov %rax, %cr0
        emulated 3, 0x0f, 0x22, 0xd8, write_cr3         # mov %rax, %cr3
        emulated 3, 0x0f, 0x22, 0xe0, write_cr4         # mov %rax, %cr4
        emulated 3, 0x0f, 0x01, 0x18, load_idt          # lidt (%rax)
        emulated 3, 0x0f, 0x01, 0x10, load_gdt          # lgdt (%rax)
        .byte 0                                         # end of the table

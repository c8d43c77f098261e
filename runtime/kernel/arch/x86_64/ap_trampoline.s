# ap_trampoline.s: how a secondary core (an application processor, AP) gets
# from its start-up IPI to compiled code in ring 3.
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
#
# ap_startup.ts copies the bytes between __toro_ap_trampoline_start and
# __toro_ap_trampoline_end to TRAMPOLINE_BASE, a page below 1 MiB, fills
# the core's record (core_records.s) and sends INIT, then STARTUP with
# vector TRAMPOLINE_BASE / 4096 (Intel SDM vol. 3, 9.4.4 and 10.6.1). The
# core wakes in 16-bit real mode at TRAMPOLINE_BASE (cs = 0x0800, ip = 0),
# interrupts off, and:
#   1. (real mode, in the copy) loads the trampoline's own GDT, sets CR0.PE
#      and far-jumps to its 32-bit code segment;
#   2. (32-bit, in the copy) enables PAE, loads boot.s's page tables (the
#      same for every core: one address space), sets EFER.LME and CR0.PG,
#      and far-jumps to the trampoline GDT's 64-bit segment, at
#      ap_long_mode_entry in the image;
#   3. (64-bit ring 0, in the image) finds its record through its local
#      APIC ID (CPUID leaf 1, EBX bits 31..24, and __toro_apic_core_index),
#      loads the record's GDT, reloads every segment, loads its TSS and the
#      shared IDT, enables SSE as boot.s does, and `iretq`s into ring 3 on
#      its own program stack;
#   4. (ring 3, ap_ring3_entry) copies the compiler's template of the
#      per-instance variables into its own instance block and points the GS
#      base at it (as boot.s's setup_boot_instance does for the boot core),
#      then calls the record's entry function with its core index.
# Ring 0 runs as few instructions as possible: under kvm_pvm each one is
# emulated (boot.s explains the privilege model). Should the entry function
# return, the core halts.
#
# The copied code addresses itself as TRAMPOLINE_BASE + (label - start):
# real mode has no relocation, and the copy must not depend on where the
# image lies. Addresses in the image (the page tables, the 64-bit entry)
# are below 4 GiB and fit 32-bit immediates.

        .set TRAMPOLINE_BASE, 0x8000    # ap_startup.ts's TRAMPOLINE_ADDRESS

        # The trampoline GDT's selectors.
        .set TRAMPOLINE_CODE32_SELECTOR, 0x08
        .set TRAMPOLINE_DATA_SELECTOR, 0x10
        .set TRAMPOLINE_CODE64_SELECTOR, 0x18
        # boot.s's selectors, which every core's own GDT repeats, and the
        # architectural bits.
        .include "machine_constants.inc"

        # core_records.s's layout.
        .set CORE_RECORD_SIZE, 512
        .set RECORD_TSS_RSP0, 4
        .set RECORD_GDT_POINTER, 192
        .set RECORD_RING3_STACK_TOP, 208
        .set RECORD_RING3_ENTRY, 216
        .set RECORD_INSTANCE_BLOCK, 224
        .set RECORD_CORE_INDEX, 232

        # boot.s's IDT storage: 256 gates, then the pseudo-descriptor.
        .set IDT_PSEUDO_DESCRIPTOR_OFFSET, 256 * 16

# ---------------------------------------------------------------------------
# The copied part: data to the image (ap_startup.ts copies it), code to the
# core that runs it at TRAMPOLINE_BASE.
        .section .rodata, "a", @progbits
        .p2align 4
        .globl __toro_ap_trampoline_start
__toro_ap_trampoline_start:
        .code16
        cli
        cld
        xor %ax, %ax
        mov %ax, %ds
        lgdtl TRAMPOLINE_BASE + (trampoline_gdt_pointer - __toro_ap_trampoline_start)
        mov %cr0, %eax
        or $CR0_PE, %eax
        mov %eax, %cr0
        ljmpl $TRAMPOLINE_CODE32_SELECTOR, $TRAMPOLINE_BASE + (trampoline_protected_mode - __toro_ap_trampoline_start)

        .code32
trampoline_protected_mode:
        mov $TRAMPOLINE_DATA_SELECTOR, %eax
        mov %eax, %ds
        mov %eax, %es
        mov %eax, %ss
        mov %cr4, %eax
        or $CR4_PAE, %eax
        mov %eax, %cr4
        mov $__toro_boot_pml4, %eax
        mov %eax, %cr3
        mov $MSR_EFER, %ecx
        rdmsr
        or $EFER_LME, %eax
        wrmsr
        mov %cr0, %eax
        or $CR0_PG, %eax
        mov %eax, %cr0
        ljmp $TRAMPOLINE_CODE64_SELECTOR, $ap_long_mode_entry

        # Flat segments: 32-bit code, data, 64-bit code (ring 0).
        .p2align 3
trampoline_gdt:
        .quad 0
        .quad 0x00cf9a000000ffff
        .quad 0x00cf92000000ffff
        .quad 0x00af9a000000ffff
trampoline_gdt_end:
trampoline_gdt_pointer:
        .short trampoline_gdt_end - trampoline_gdt - 1
        .long TRAMPOLINE_BASE + (trampoline_gdt - __toro_ap_trampoline_start)
        .globl __toro_ap_trampoline_end
__toro_ap_trampoline_end:

# ---------------------------------------------------------------------------
        .text
        .code64
# Ring 0, 64-bit, on no stack yet, with the trampoline's GDT.
        .p2align 4
ap_long_mode_entry:
        mov $1, %eax
        cpuid
        shr $24, %ebx
        movzbl __toro_apic_core_index(%rbx), %eax   # shr cleared rbx's upper half
        imul $CORE_RECORD_SIZE, %eax, %eax
        lea __toro_core_records(%rax), %rbx     # this core's record, kept to the end

        lgdt RECORD_GDT_POINTER(%rbx)
        mov $KERNEL_DATA_SELECTOR, %eax
        mov %eax, %ss
        xor %eax, %eax
        mov %eax, %ds
        mov %eax, %es
        mov %eax, %fs
        mov %eax, %gs
        mov RECORD_TSS_RSP0(%rbx), %rsp
        # Reload cs from the core's own GDT (a far return pops rip, then cs).
        pushq $KERNEL_CODE_SELECTOR
        pushq $ap_own_gdt
        lretq
ap_own_gdt:
        mov $TSS_SELECTOR, %eax
        ltr %ax
        lidt __toro_idt_storage + IDT_PSEUDO_DESCRIPTOR_OFFSET

        mov %cr0, %rax
        and $~(CR0_EM + CR0_TS), %rax
        or $CR0_MP, %rax
        mov %rax, %cr0
        mov %cr4, %rax
        or $CR4_OSFXSR + CR4_OSXMMEXCPT, %rax
        mov %rax, %cr4

        pushq $USER_DATA_SELECTOR
        pushq RECORD_RING3_STACK_TOP(%rbx)
        pushq $__toro_ring3_rflags
        pushq $USER_CODE_SELECTOR
        pushq $ap_ring3_entry
        mov %rbx, %rdi
        iretq

# Ring 3 from here on; rdi = this core's record, the stack is the core's
# program stack (16-byte aligned at its top, so the call below leaves it as
# the SysV ABI expects). fninit, the template copy and the one wrmsr (which
# traps and is performed in ring 0, privileged_emulation.s) mirror boot.s.
        .p2align 4
ap_ring3_entry:
        fninit
        mov %rdi, %rbx
        mov RECORD_INSTANCE_BLOCK(%rbx), %rdi
        mov $__toro_instance_template, %esi
        mov __toro_instance_size, %rcx
        rep movsb
        mov RECORD_INSTANCE_BLOCK(%rbx), %rax
        mov %rax, (%rax)
        mov $IA32_GS_BASE, %ecx
        mov %rax, %rdx
        shr $32, %rdx
        wrmsr
        mov RECORD_CORE_INDEX(%rbx), %edi
        xor %ebp, %ebp
        call *RECORD_RING3_ENTRY(%rbx)
        jmp __toro_ring3_halt_forever

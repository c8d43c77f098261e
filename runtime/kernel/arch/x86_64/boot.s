# boot.s: from QEMU's PVH entry to `__toro_kernel_main`, and the CPU
# exception entry stubs.
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
#
# Boot contract (PVH, Xen's public header arch-x86/hvm/start_info.h): QEMU
# loads the ELF at its physical addresses, finds the XEN_ELFNOTE_PHYS32_ENTRY
# note below and jumps to `__toro_pvh_entry` in 32-bit protected mode with
# flat segments, paging and interrupts off, and ebx = physical address of the
# `hvm_start_info` structure. From there this file:
#   1. zeroes .bss (QEMU 7.2's ELF loader zero-fills memsz beyond filesz as
#      well, checked also across a guest reset; the kernel does not depend
#      on how it was loaded, and zeroing ~100 KiB costs microseconds);
#   2. identity-maps the first 4 GiB with 2 MiB pages (1 GiB pages
#      triple-fault under KVM on our hosts); the fourth GiB, where the
#      devices' MMIO windows live (IOAPIC, LAPIC, virtio-mmio), is uncached;
#   3. enables PAE, EFER.LME and paging, loads the GDT and far-jumps to
#      64-bit code;
#   4. loads the data segments, enables SSE (compiled code keeps doubles in
#      xmm registers), sets a 64 KiB stack and calls
#      `__toro_kernel_main(startInfo)` with rdi = the hvm_start_info address.
# If the kernel ever returns, the CPU halts with interrupts off.
#
# Exception frame. Every stub leaves the stack in the same shape and the
# common path passes its address (16-byte aligned) to
# `__toro_exception(frame: usize)`. Offsets from the frame address:
#     0 r15     8 r14    16 r13    24 r12    32 r11    40 r10
#    48 r9     56 r8     64 rbp    72 rdi    80 rsi    88 rdx
#    96 rcx   104 rbx   112 rax
#   120 vector (0..31)
#   128 error code (0 for vectors where the CPU pushes none)
#   136 rip   144 cs   152 rflags   160 rsp   168 ss   (pushed by the CPU)
#   176 = frame size
# runtime/kernel/arch/x86_64/exception_frame.ts reads this layout; change
# both together. If `__toro_exception` returns, the registers are restored
# from the frame and the faulting instruction is resumed with iretq.
#
# Alignment of the call: in 64-bit mode the CPU aligns rsp to 16 before it
# pushes ss..rip (40 bytes); with the error code (8), the vector (8) and 15
# registers (120) the frame is 176 bytes, so rsp is 16-aligned at the call,
# as the SysV ABI requires.
#
# Descriptor tables own their pages: the GDT and the IDT each fill whole
# pages holding nothing else, so that their protection can later change
# (a read-only IDT, say) without moving other data.
#
# Known host limit: where /dev/kvm is provided by kvm_pvm, KVM emulates every
# CPL-0 instruction and its emulator has no SSE, so this kernel stops with
# "KVM internal error ... emulation failure" at the first SSE instruction
# (ring-3 code runs natively there). compiler/run/accelerator.ts picks TCG
# on such hosts.
#
# Exceptions use the interrupted stack (no IST yet), so they overwrite the
# 128-byte red zone below the interrupted rsp. That is harmless while every
# exception is fatal; a handler that resumes needs an IST stack or kernel
# code compiled without a red zone.

        .set CODE_SELECTOR, 0x08
        .set DATA_SELECTOR, 0x10

        .set CR0_PE, 1 << 0
        .set CR0_MP, 1 << 1
        .set CR0_EM, 1 << 2
        .set CR0_TS, 1 << 3
        .set CR0_PG, 1 << 31
        .set CR4_PAE, 1 << 5
        .set CR4_OSFXSR, 1 << 9
        .set CR4_OSXMMEXCPT, 1 << 10
        .set MSR_EFER, 0xc0000080
        .set EFER_LME, 1 << 8

        # Page-table entry bits (Intel SDM vol. 3, 4.5).
        .set PAGE_PRESENT, 1 << 0
        .set PAGE_WRITABLE, 1 << 1
        .set PAGE_WRITE_THROUGH, 1 << 3
        .set PAGE_CACHE_DISABLE, 1 << 4
        .set PAGE_LARGE, 1 << 7
        .set LARGE_PAGE_SIZE, 0x200000
        .set DIRECTORY_ENTRIES, 4 * 512
        # First 2 MiB page of the fourth GiB (3 GiB / 2 MiB).
        .set FIRST_DEVICE_PAGE, 1536

        .set BOOT_STACK_SIZE, 65536
        # 256 gates of 16 bytes, then a 16-byte slot for the IDT
        # pseudo-descriptor that lidt reads.
        .set IDT_STORAGE_SIZE, 256 * 16 + 16
        .set IA32_GS_BASE, 0xc0000101   # MSR: the GS segment base

# ---------------------------------------------------------------------------
# The PVH entry note: name "Xen", type 18 (XEN_ELFNOTE_PHYS32_ENTRY), a 4-byte
# physical entry address. QEMU reads it through the PT_NOTE program header.
        .section .note.Xen, "a", @note
        .p2align 2
        .long 4                         # name size, including the NUL
        .long 4                         # descriptor size
        .long 18                        # XEN_ELFNOTE_PHYS32_ENTRY
        .asciz "Xen"
        .long __toro_pvh_entry

# ---------------------------------------------------------------------------
        .section .text.boot, "ax", @progbits
        .code32
        .globl __toro_pvh_entry
        .type __toro_pvh_entry, @function
__toro_pvh_entry:
        cli
        cld
        # esi keeps the start-info address until the call; nothing below
        # writes it.
        mov %ebx, %esi

        mov $__toro_bss_start, %edi
        mov $__toro_bss_end, %ecx
        sub %edi, %ecx
        xor %eax, %eax
        rep stosb

        # PML4[0] -> the PDPT; PDPT[0..3] -> four consecutive page
        # directories; the directories form one array of 2048 entries.
        mov $boot_pdpt + PAGE_PRESENT + PAGE_WRITABLE, %eax
        mov %eax, boot_pml4

        mov $boot_page_directories + PAGE_PRESENT + PAGE_WRITABLE, %eax
        xor %ecx, %ecx
1:      mov %eax, boot_pdpt(, %ecx, 8)
        add $4096, %eax
        inc %ecx
        cmp $4, %ecx
        jne 1b

        mov $PAGE_PRESENT + PAGE_WRITABLE + PAGE_LARGE, %eax
        xor %ecx, %ecx
2:      mov %eax, %edx
        cmp $FIRST_DEVICE_PAGE, %ecx
        jb 3f
        or $PAGE_CACHE_DISABLE + PAGE_WRITE_THROUGH, %edx
3:      mov %edx, boot_page_directories(, %ecx, 8)
        add $LARGE_PAGE_SIZE, %eax
        inc %ecx
        cmp $DIRECTORY_ENTRIES, %ecx
        jne 2b

        mov %cr4, %eax
        or $CR4_PAE, %eax
        mov %eax, %cr4

        mov $boot_pml4, %eax
        mov %eax, %cr3

        mov $MSR_EFER, %ecx
        rdmsr
        or $EFER_LME, %eax
        wrmsr

        mov %cr0, %eax
        or $CR0_PG + CR0_PE, %eax
        mov %eax, %cr0

        # In 32-bit mode lgdt reads the limit and the low 4 bytes of the base;
        # the GDT lies below 4 GiB, so the same pointer serves 64-bit mode.
        lgdt __toro_gdt_pointer
        ljmp $CODE_SELECTOR, $long_mode_entry

        .code64
long_mode_entry:
        mov $DATA_SELECTOR, %eax
        mov %eax, %ds
        mov %eax, %es
        mov %eax, %ss
        xor %eax, %eax
        mov %eax, %fs
        mov %eax, %gs

        mov %cr0, %rax
        and $~(CR0_EM + CR0_TS), %rax
        or $CR0_MP, %rax
        mov %rax, %cr0
        mov %cr4, %rax
        or $CR4_OSFXSR + CR4_OSXMMEXCPT, %rax
        mov %rax, %cr4
        fninit

        mov $boot_stack_top, %rsp
        xor %ebp, %ebp
        call setup_boot_instance
        mov %esi, %edi                  # zero-extends into rdi
        call __toro_kernel_main

halt_forever:
        cli
        hlt
        jmp halt_forever

# The boot core's program instance: copy the compiler's template of the
# per-instance module variables into `__toro_instance_boot` (page-aligned)
# and point the GS base at it, so compiled code reaches its variables as
# %gs:offset (compiler/lower/instance-variables.ts). Keeps esi.
setup_boot_instance:
        push %rsi
        mov $__toro_instance_boot, %rdi
        mov $__toro_instance_template, %rsi
        mov __toro_instance_size, %rcx
        cld
        rep movsb
        mov $__toro_instance_boot, %rax
        mov %rax, __toro_instance_boot    # field 0: the block's own address
        mov $IA32_GS_BASE, %ecx
        mov %rax, %rdx
        shr $32, %rdx
        wrmsr
        pop %rsi
        ret
        .size __toro_pvh_entry, . - __toro_pvh_entry

# ---------------------------------------------------------------------------
# Exception stubs. The CPU pushes an error code for vectors 8, 10-14, 17, 21,
# 29 and 30 (Intel SDM vol. 3, table 6-1; AMD for 29 and 30); the other stubs
# push 0 so that every frame has the same layout.
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
        cld                             # the SysV ABI requires DF = 0
        mov %rsp, %rdi
        call __toro_exception
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
        add $16, %rsp                   # the vector and the error code
        iretq

# ---------------------------------------------------------------------------
        .section .rodata, "a", @progbits
        .p2align 3
        # 32 stub addresses, indexed by vector; read by the intrinsic
        # exceptionStubAddress (intrinsics.ll).
        .globl __exception_stubs
__exception_stubs:
        .irp vector, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .quad exception_stub_\vector
        .endr

# ---------------------------------------------------------------------------
        .data
        # The GDT is writable: the CPU sets accessed and busy bits, and the
        # TSS descriptor is installed at run time. It fills a page of its own
        # (see "Descriptor tables own their pages" above). One TSS slot: each
        # CPU needs its own when SMP arrives; grow the table then.
        .p2align 12
        .globl __toro_gdt
__toro_gdt:
        .quad 0                         # 0x00 null
        .quad 0x00af9a000000ffff        # 0x08 kernel code: 64-bit, DPL 0
        .quad 0x00cf92000000ffff        # 0x10 kernel data: writable, DPL 0
        .quad 0, 0                      # 0x18 TSS descriptor (16 bytes), unused yet
__toro_gdt_end:
        .p2align 12

        .section .rodata, "a", @progbits
        .p2align 4
        .globl __toro_gdt_pointer
__toro_gdt_pointer:
        .short __toro_gdt_end - __toro_gdt - 1
        .quad __toro_gdt

# ---------------------------------------------------------------------------
        .bss
        .p2align 12
boot_pml4:
        .skip 4096
boot_pdpt:
        .skip 4096
boot_page_directories:
        .skip 4 * 4096

        .p2align 4
boot_stack:
        .skip BOOT_STACK_SIZE
boot_stack_top:

        # Room for the IDT, filled by idt.ts before the heap exists (so that
        # faults during heap set-up are reported); read by the intrinsic
        # idtStorage (intrinsics.ll). The 256 gates fill exactly one page;
        # the pseudo-descriptor slot starts the next page.
        .p2align 12
        .globl __toro_idt_storage
__toro_idt_storage:
        .skip IDT_STORAGE_SIZE

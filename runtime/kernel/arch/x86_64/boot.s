# boot.s: from QEMU's PVH entry, in ring 0, to `__toro_kernel_main` in
# ring 3.
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
#
# Privilege model. Everything compiled (the kernel runtime and the program)
# runs in ring 3; ring 0 holds only assembly: this boot path, the exception
# entry (exception_entry.s), the emulation of privileged instructions
# (privileged_emulation.s) and a last-resort report (ring0_panic.s). The
# reason is the host: where /dev/kvm is kvm_pvm (a paravirtualised KVM),
# ring 3 runs natively but every ring-0 instruction is emulated, hundreds of
# times slower than QEMU's TCG, and the emulator stops at the first SSE
# instruction. So ring-0 code is short and never touches SSE or x87 state.
# Ring 3 is not a protection boundary here: this is a unikernel with one
# address space in which every page is user-accessible (U/S set at every
# level), and the TSS's I/O permission bitmap opens every port to ring 3.
# The same image runs unchanged under TCG and ordinary KVM.
#
# What kvm_pvm allows, as measured (details where each is used):
# - ring 3 runs with the real RFLAGS, where IOPL is 0 and IF is 1 whatever
#   the guest asked for (pushf in ring 3 shows IOPL 0 after an iretq with
#   IOPL 3); in/out there trap and KVM's emulator allows them only through
#   the TSS's I/O bitmap, and cli/sti raise #GP. So ring 3 runs with IOPL 0
#   everywhere, and TCG checks port access exactly as kvm_pvm does. (cli
#   therefore has no lasting effect under kvm_pvm: ring 3 reads IF = 1.);
# - an exception from ring 3 enters our IDT in ring 0, where privileged
#   instructions work (emulated);
# - `syscall` from ring 3 reaches LSTAR but stays unprivileged (mov from
#   cr0 there raises #GP) and `sysretq` raises #GP; so there is no syscall
#   path: a privileged instruction in ring 3 raises #GP and the #GP handler
#   emulates it in ring 0 (privileged_emulation.s), everywhere.
#
# Boot contract (PVH, Xen's public header arch-x86/hvm/start_info.h): QEMU
# loads the ELF at its physical addresses, finds the XEN_ELFNOTE_PHYS32_ENTRY
# note below and jumps to `__toro_pvh_entry` in 32-bit protected mode with
# flat segments, paging and interrupts off, and ebx = physical address of the
# `hvm_start_info` structure. From there this file, in ring 0:
#   1. writes the sparse tables' few entries (see below), the TSS's address
#      into its GDT descriptor, and the 32 exception gates of the IDT
#      (32-bit arithmetic: every address here is below 4 GiB);
#   2. enables PAE, EFER.LME and paging over page tables that identity-map
#      the first 4 GiB: the first 2 MiB with 4 KiB pages, so that the page
#      below the boot stack can stay unmapped (a stack
#      overflow faults there instead of overwriting memory), the rest with
#      2 MiB pages (1 GiB pages triple-fault under KVM on our hosts), the
#      fourth GiB (device MMIO windows: IOAPIC, LAPIC, virtio-mmio)
#      uncached; loads the GDT and far-jumps to 64-bit code;
#   3. loads the data segments, the task register and the IDT, enables SSE
#      in CR0/CR4 (CR4.TSD stays clear so that rdtsc works in ring 3);
#   4. `iretq`s into ring 3 (interrupts off) on the 64 KiB boot stack,
#      where `ring3_start` zeroes .bss (QEMU's ELF loader zero-fills it as
#      well, but the kernel does not depend on how it was loaded), resets
#      the x87 unit and calls `__toro_kernel_main(startInfo)` with rdi = the
#      hvm_start_info address.
# If the kernel ever returns, the CPU halts with interrupts off.
#
# Stacks. Ring 0 has one 16 KiB stack (TSS.RSP0), onto which the CPU
# switches for every exception from ring 3 (emulated privileged instructions
# included). A double fault uses its own stack (IST1), so a broken ring-0
# stack still gets reported. RSP0 and IST1 lie 16 bytes below their stack's
# top: the word there holds the address of the boot core's record
# (core_records.s), which exception_entry.s reads to find where to report.
# Ring 3 has the boot stack and, for exception reports, the stack in
# exception_entry.s. linker.ld puts the boot stack at the very start of the
# image, 1 MiB, above the guard page at STACK_GUARD_ADDRESS, so both always
# lie in the 4 KiB-mapped first 2 MiB.
#
# Ring 0 does as little as possible because under kvm_pvm each of its
# instructions is emulated: the dense page tables (directories, first page
# table) are static data, not built by loops, and .bss is zeroed in ring 3,
# natively (zeroing it in ring 0 with `rep stosb` added about 40 ms to every
# boot). The sparse tables (GDT, TSS and I/O bitmap, IDT, PML4, PDPT: 32 KiB
# of almost only zeros) lie in .boot_tables, which the loader zero-fills
# without taking room in the image, and ring 0 writes their 22 nonzero words
# (fill_sparse_tables; boot time unchanged within its spread). Everything
# ring 0 sets up lies outside .bss.
#
# Descriptor tables own their pages: the GDT and the IDT each fill whole
# pages holding nothing else, so that their protection can later change
# (a read-only IDT, say) without moving other data. The GDT and TSS here are
# the boot core's; each secondary core gets its own GDT and TSS in its
# record and its own stacks (ap_trampoline.s), and shares the IDT and the
# page tables (exported below for ap_trampoline.s and stack_guards.ts).

        .include "machine_constants.inc"

        .set RFLAGS_RESERVED_ONE, 1 << 1
        # Ring 3 starts with interrupts off (nothing handles them yet) and
        # IOPL 0 (see "What kvm_pvm allows" above). exception_entry.s enters
        # ring 3 with the same value.
        .globl __toro_ring3_rflags
        .set __toro_ring3_rflags, RFLAGS_RESERVED_ONE

        # Page-table entry bits (Intel SDM vol. 3, 4.5).
        .set PAGE_PRESENT, 1 << 0
        .set PAGE_WRITABLE, 1 << 1
        .set PAGE_USER, 1 << 2
        .set PAGE_WRITE_THROUGH, 1 << 3
        .set PAGE_CACHE_DISABLE, 1 << 4
        .set PAGE_LARGE, 1 << 7
        .set TABLE_FLAGS, PAGE_PRESENT + PAGE_WRITABLE + PAGE_USER
        .set SMALL_PAGE_FLAGS, PAGE_PRESENT + PAGE_WRITABLE + PAGE_USER
        .set SMALL_PAGE_SIZE, 4096
        .set RAM_PAGE_FLAGS, TABLE_FLAGS + PAGE_LARGE
        .set DEVICE_PAGE_FLAGS, RAM_PAGE_FLAGS + PAGE_CACHE_DISABLE + PAGE_WRITE_THROUGH
        .set LARGE_PAGE_SIZE, 0x200000
        .set DIRECTORY_COUNT, 4         # boot_pdpt lists them one by one
        .set DIRECTORY_ENTRIES, DIRECTORY_COUNT * 512
        # First 2 MiB page of the fourth GiB (3 GiB / 2 MiB).
        .set FIRST_DEVICE_PAGE, 1536
        # The unmapped page below the boot stack; linker.ld places the stack
        # section there and asserts the address.
        .set STACK_GUARD_ADDRESS, 0x100000

        # 64-bit TSS (Intel SDM vol. 3, 8.7 and 20.5.2): RSP0 at 4, IST1 at
        # 36, the I/O permission bitmap's offset at 102. The bitmap follows
        # the 104-byte header: one bit per port (65,536), all clear = all
        # allowed, then a byte of ones that the CPU may read past the last
        # port. The limit covers all of it.
        .set TSS_HEADER_SIZE, 104
        .set IO_BITMAP_SIZE, 65536 / 8
        .set TSS_SIZE, TSS_HEADER_SIZE + IO_BITMAP_SIZE + 1
        .set TSS_AVAILABLE_64, 0x89
        .set TSS_RSP0, 4
        .set TSS_IST1, 36
        .set TSS_IO_MAP_BASE, 102
        # Interrupt gate, present, DPL 0 (an `int n` from ring 3 faults
        # instead of entering a stub), in the gate's word at offset 4, whose
        # low 3 bits select an IST stack.
        .set INTERRUPT_GATE, 0x8e00
        .set DOUBLE_FAULT_VECTOR, 8
        .set DOUBLE_FAULT_IST, 1
        .set EXCEPTION_VECTORS, 32
        .set GATE_SIZE, 16

        .set BOOT_STACK_SIZE, 65536
        # The word above RSP0 and IST1 (see "Stacks" above).
        .set STACK_RECORD_SLOT, 16
        # core_records.s's layout: record 0 is the boot core's.
        .set RECORD_INSTANCE_BLOCK, 224
        .set RECORD_REPORT_STACK_TOP, 240
        .set RING0_STACK_SIZE, 16384
        .set DOUBLE_FAULT_STACK_SIZE, 4096
        # 256 gates of 16 bytes, then a 16-byte slot for the IDT
        # pseudo-descriptor that lidt reads.
        .set IDT_GATE_CAPACITY, 256
        .set IDT_STORAGE_SIZE, IDT_GATE_CAPACITY * GATE_SIZE + 16

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
        # esi keeps the start-info address until ring 3's call; nothing below
        # writes it (iretq preserves general registers).
        mov %ebx, %esi

        mov $ring0_stack_top - STACK_RECORD_SLOT, %esp
        call fill_sparse_tables
        call point_tss_descriptor
        call fill_exception_gates

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
        or $CR0_PG + CR0_PE, %eax
        mov %eax, %cr0

        # In 32-bit mode lgdt reads the limit and the low 4 bytes of the base;
        # the GDT lies below 4 GiB, so the same pointer serves 64-bit mode.
        lgdt __toro_gdt_pointer
        ljmp $KERNEL_CODE_SELECTOR, $long_mode_entry

# The few nonzero words of the tables in .boot_tables, which the loader
# zero-fills (ELF: the memory of a segment past its file size reads as
# zero), so they take no room in the image: the four code and data
# descriptors of the GDT, the TSS's RSP0 and IST1, the I/O bitmap's offset
# and the byte of ones after it, PML4[0] and PDPT[0..3]. 22 stores, against
# 32 KiB of the file. Every value lies below 4 GiB but the descriptors, whose
# upper halves are written as their own dwords.
        .macro store_quad address, value
        movl $(\value) & 0xffffffff, \address
        movl $(\value) >> 32, \address + 4
        .endm
fill_sparse_tables:
        store_quad __toro_gdt + KERNEL_CODE_SELECTOR, 0x00af9a000000ffff
        store_quad __toro_gdt + KERNEL_DATA_SELECTOR, 0x00cf92000000ffff
        store_quad __toro_gdt + USER_DATA_SELECTOR - 3, 0x00cff2000000ffff
        store_quad __toro_gdt + USER_CODE_SELECTOR - 3, 0x00affa000000ffff
        movl $ring0_stack_top - STACK_RECORD_SLOT, __toro_tss + TSS_RSP0
        movl $double_fault_stack_top - STACK_RECORD_SLOT, __toro_tss + TSS_IST1
        movw $TSS_HEADER_SIZE, __toro_tss + TSS_IO_MAP_BASE
        movb $0xff, __toro_tss + TSS_SIZE - 1
        movl $boot_pdpt + TABLE_FLAGS, __toro_boot_pml4
        movl $boot_page_directories + 0 * 4096 + TABLE_FLAGS, boot_pdpt + 0 * 8
        movl $boot_page_directories + 1 * 4096 + TABLE_FLAGS, boot_pdpt + 1 * 8
        movl $boot_page_directories + 2 * 4096 + TABLE_FLAGS, boot_pdpt + 2 * 8
        movl $boot_page_directories + 3 * 4096 + TABLE_FLAGS, boot_pdpt + 3 * 8
        ret

# The TSS descriptor's base is split across it, which no relocation can
# express, so it is written here. Low dword: limit 15:0, base 15:0. High
# dword: base 23:16, type and present, limit 19:16 (0: the limit is below
# 64 KiB), base 31:24. The descriptor's upper 8 bytes (base 63:32) stay zero.
point_tss_descriptor:
        mov $__toro_tss, %eax
        shl $16, %eax
        or $TSS_SIZE - 1, %eax
        mov %eax, __toro_gdt + TSS_SELECTOR
        mov $__toro_tss, %eax
        mov %eax, %edx
        shr $16, %eax
        and $0xff, %eax
        and $0xff000000, %edx
        or %edx, %eax
        or $TSS_AVAILABLE_64 << 8, %eax
        mov %eax, __toro_gdt + TSS_SELECTOR + 4
        ret

# Gate v (16 bytes): offset 15:0 and the code selector; the type word and
# offset 31:16; offset 63:32 (zero: the stubs lie below 4 GiB); zero. The
# storage is zero-initialised data, so only the first 8 bytes are written.
# Vectors 32 and up stay empty and outside the loaded limit, so they fault.
fill_exception_gates:
        xor %ecx, %ecx
1:      mov __exception_stubs(, %ecx, 8), %eax
        mov %ecx, %edi
        shl $4, %edi
        add $__toro_idt_storage, %edi
        mov %eax, %edx
        and $0xffff, %eax
        or $KERNEL_CODE_SELECTOR << 16, %eax
        mov %eax, (%edi)
        and $0xffff0000, %edx
        or $INTERRUPT_GATE, %edx
        cmp $DOUBLE_FAULT_VECTOR, %ecx
        jne 2f
        or $DOUBLE_FAULT_IST, %edx
2:      mov %edx, 4(%edi)
        inc %ecx
        cmp $EXCEPTION_VECTORS, %ecx
        jne 1b
        # The pseudo-descriptor after the 256 gates: u16 limit, u64 base.
        movw $EXCEPTION_VECTORS * GATE_SIZE - 1, __toro_idt_storage + IDT_GATE_CAPACITY * GATE_SIZE
        movl $__toro_idt_storage, __toro_idt_storage + IDT_GATE_CAPACITY * GATE_SIZE + 2
        ret

        .code64
long_mode_entry:
        mov $KERNEL_DATA_SELECTOR, %eax
        mov %eax, %ss
        xor %eax, %eax
        mov %eax, %ds
        mov %eax, %es
        mov %eax, %fs
        mov %eax, %gs
        mov $ring0_stack_top - STACK_RECORD_SLOT, %rsp

        mov $TSS_SELECTOR, %eax
        ltr %ax
        lidt __toro_idt_storage + IDT_GATE_CAPACITY * GATE_SIZE

        mov %cr0, %rax
        and $~(CR0_EM + CR0_TS), %rax
        or $CR0_MP, %rax
        mov %rax, %cr0
        mov %cr4, %rax
        or $CR4_OSFXSR + CR4_OSXMMEXCPT, %rax
        mov %rax, %cr4

        pushq $USER_DATA_SELECTOR
        pushq $boot_stack_top
        pushq $__toro_ring3_rflags
        pushq $USER_CODE_SELECTOR
        pushq $ring3_start
        iretq

# Ring 3 from here on. Zeroing .bss clears the stack in use too, harmless
# while nothing is on it.
ring3_start:
        mov $__toro_bss_start, %edi
        mov $__toro_bss_end, %ecx
        sub %edi, %ecx
        xor %eax, %eax
        rep stosb
        # fninit is not privileged; running it here keeps x87 state out of
        # ring 0 (libcalls.s's fmod uses the x87 unit).
        fninit
        xor %ebp, %ebp
        call record_boot_core
        call setup_boot_instance
        mov %esi, %edi                  # zero-extends into rdi
        call __toro_kernel_main
        # cli and hlt are emulated in ring 0 (privileged_emulation.s).
        .globl __toro_ring3_halt_forever
__toro_ring3_halt_forever:
        cli
        hlt
        jmp __toro_ring3_halt_forever

# The boot core's record (core_records.s; ring 3, after .bss is zeroed, which
# cleared it): its index is 0, its report stack is exception_entry.s's, and
# both of its ring-0 stacks point to it. Until this has run, an exception
# finds no record and is reported by ring 0 alone (exception_entry.s).
record_boot_core:
        movq $__toro_boot_report_stack_top, __toro_core_records + RECORD_REPORT_STACK_TOP
        movq $__toro_instance_boot, __toro_core_records + RECORD_INSTANCE_BLOCK
        movq $__toro_core_records, ring0_stack_top - STACK_RECORD_SLOT
        movq $__toro_core_records, double_fault_stack_top - STACK_RECORD_SLOT
        ret

# The boot core's program instance (ring 3, after .bss is zeroed): copy the
# compiler's template of the per-instance module variables into
# `__toro_instance_boot` (page-aligned), store the block's own address in its
# field 0, and point the GS base at it, so compiled code reaches its variables
# as %gs:offset (compiler/lower/instance-variables.ts). The copy runs here
# because ring 0 is emulated, and slowly, under kvm_pvm; the one wrmsr traps
# and is performed by ring 0 (privileged_emulation.s). Keeps esi.
setup_boot_instance:
        push %rsi
        mov $__toro_instance_boot, %rdi
        mov $__toro_instance_template, %rsi
        mov __toro_instance_size, %rcx
        cld
        rep movsb
        mov $__toro_instance_boot, %rax
        mov %rax, __toro_instance_boot
        mov $IA32_GS_BASE, %ecx
        mov %rax, %rdx
        shr $32, %rdx
        wrmsr
        pop %rsi
        ret
        .size __toro_pvh_entry, . - __toro_pvh_entry

# ---------------------------------------------------------------------------
        # Zero-filled by the loader, written by fill_sparse_tables (linker.ld
        # gives this section a segment of its own with no bytes in the file).
        .section .boot_tables, "aw", @nobits
        # The GDT is writable: the CPU sets accessed and busy bits, and the
        # TSS descriptor's base is written at boot. It fills a page of its own
        # (see "Descriptor tables own their pages" above).
        .p2align 12
        .globl __toro_gdt
__toro_gdt:
        .skip 0x38                      # null, kernel code 0x08, kernel data
                                        # 0x10, user data 0x18, user code 0x20,
                                        # TSS descriptor 0x28 (16 bytes)
__toro_gdt_end:
        .p2align 12

        # The TSS: stacks, then the I/O bitmap (all ports allowed: all
        # clear), then the byte of ones. Page-aligned so that the 104-byte
        # header does not straddle pages.
        .globl __toro_tss
__toro_tss:
        .skip TSS_SIZE

        # Room for the IDT, filled by ring 0 above; read by the intrinsic
        # idtStorage (intrinsics.ll). The 256 gates fill exactly one page;
        # the pseudo-descriptor slot starts the next page.
        .p2align 12
        .globl __toro_idt_storage
__toro_idt_storage:
        .skip IDT_STORAGE_SIZE

        # Page tables: PML4[0] -> the PDPT; PDPT[0..3] -> four consecutive
        # page directories, which form one array of 2,048 entries of 2 MiB,
        # except entry 0, which points to the 4 KiB-page table of the first
        # 2 MiB. Every core uses these tables (ap_trampoline.s loads them);
        # stack_guards.ts later replaces the 2 MiB entries that hold a
        # secondary core's stack guard by 4 KiB-page tables, from ring 3.
        # PML4 and PDPT are sparse (written above); the directories and the
        # first page table are dense, so they are static data.
        .p2align 12
        .globl __toro_boot_pml4
__toro_boot_pml4:
        .skip 4096
boot_pdpt:
        .skip 4096

        .data
        .p2align 12
        .globl __toro_page_directories
__toro_page_directories:
boot_page_directories:
        .quad boot_first_page_table + TABLE_FLAGS
        .set page, 1
        .rept DIRECTORY_ENTRIES - 1
        .if page < FIRST_DEVICE_PAGE
        .quad page * LARGE_PAGE_SIZE + RAM_PAGE_FLAGS
        .else
        .quad page * LARGE_PAGE_SIZE + DEVICE_PAGE_FLAGS
        .endif
        .set page, page + 1
        .endr
boot_first_page_table:
        .set page, 0
        .rept LARGE_PAGE_SIZE / SMALL_PAGE_SIZE
        .if page * SMALL_PAGE_SIZE == STACK_GUARD_ADDRESS
        .quad 0
        .else
        .quad page * SMALL_PAGE_SIZE + SMALL_PAGE_FLAGS
        .endif
        .set page, page + 1
        .endr

        .section .rodata, "a", @progbits
        .p2align 4
        .globl __toro_gdt_pointer
__toro_gdt_pointer:
        .short __toro_gdt_end - __toro_gdt - 1
        .quad __toro_gdt

# ---------------------------------------------------------------------------
        # Not in .bss: linker.ld places this section first, above the guard.
        .section .boot_stack, "aw", @nobits
        .p2align 12
boot_stack:
        .skip BOOT_STACK_SIZE
boot_stack_top:

        .bss
        .p2align 4
ring0_stack:
        .skip RING0_STACK_SIZE
        .globl __toro_ring0_stack_top
__toro_ring0_stack_top:
ring0_stack_top:

        .p2align 4
double_fault_stack:
        .skip DOUBLE_FAULT_STACK_SIZE
double_fault_stack_top:

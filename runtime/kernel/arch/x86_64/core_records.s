# core_records.s: the static per-core records, the I/O permission bitmap
# that the secondary cores' TSSs share, and the table from local APIC ID to
# core index.
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
#
# One record of CORE_RECORD_SIZE bytes per core, indexed by core (rank),
# for up to MAXIMUM_CORES cores. core_records.ts writes them (in ring 3, on
# the boot core, before the other cores start); ring-0 assembly reads them:
# ap_trampoline.s to bring a secondary core up, exception_entry.s to find
# the running core's exception buffer and report stack. Layout, in bytes
# from the record's start (core_records.ts has the same constants):
#     0 TSS, 104 bytes (Intel SDM vol. 3, 8.7): RSP0 at 4, IST1 at 36, the
#       I/O permission bitmap's offset at 102. Secondary cores only; the
#       boot core keeps boot.s's TSS.
#   128 GDT, 7 descriptors: null, kernel code, kernel data, user data, user
#       code (copied from boot.s's GDT, so the selectors are the same on
#       every core), and the 16-byte TSS descriptor. Secondary cores only.
#   192 the GDT's pseudo-descriptor: u16 limit, u64 base (at 194).
#   208 ring-3 stack top: where the core's program instance starts.
#   216 ring-3 entry: the address of the compiled function a secondary core
#       calls with its index (cores.ts's secondaryCoreMain).
#   224 instance block: the core's page-aligned program-instance block.
#   232 core index (the rank).
#   240 report stack top: the ring-3 stack a CPU exception is reported on.
#   248 local APIC ID.
#   256 exception frame: exception_entry.s copies the faulting state here
#       (exception_frame.ts, 184 bytes).
#
# Finding the record in ring 0: the word just above each ring-0 stack (the
# TSS's RSP0 and IST1 point 16 bytes below their stack's top) holds the
# address of the record of the core that owns the stack. An exception from
# ring 3 pushes its frame from exactly RSP0 (or IST1) down, so the word just
# past the frame is that address (exception_entry.s).
#
# The shared bitmap: a TSS names its I/O permission bitmap by a 16-bit
# offset from its own base, so one bitmap placed within 64 KiB above every
# record serves all of them: 8,192 bytes of zeros (every port allowed, as
# in boot.s's TSS) and a final byte of ones, written at boot because this is
# .bss.
#
# linker.ld keeps this file's .bss out of the garbage collector's roots: it
# holds addresses of stacks and tables, never references to heap objects.

        .set MAXIMUM_CORES, 64
        .set CORE_RECORD_SIZE, 512
        .set IO_BITMAP_SIZE, 65536 / 8
        .set APIC_ID_LIMIT, 256

        .bss
        .p2align 12
        .globl __toro_core_records
__toro_core_records:
        .skip MAXIMUM_CORES * CORE_RECORD_SIZE

        .globl __toro_shared_io_bitmap
__toro_shared_io_bitmap:
        .skip IO_BITMAP_SIZE + 1
        # Every record's TSS lies less than MAXIMUM_CORES * CORE_RECORD_SIZE
        # (32 KiB) below the bitmap: its 16-bit offset reaches it.
        .if MAXIMUM_CORES * CORE_RECORD_SIZE >= 65536
        .error "the shared I/O bitmap must lie within 64 KiB of every record"
        .endif

        # Core index by local APIC ID (xAPIC IDs are 8 bits), written by
        # ap_startup.ts for each secondary core it starts.
        .p2align 4
        .globl __toro_apic_core_index
__toro_apic_core_index:
        .skip APIC_ID_LIMIT

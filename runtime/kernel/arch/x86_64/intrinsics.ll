; intrinsics.ll: the bodies of the intrinsic modules `toro/unsafe`
; (runtime/kernel/unsafe.d.ts) and `toro/x86_64` (cpu.d.ts beside this file).
;
; A call to intrinsic `name` is compiled as a call to `__intrinsic_<name>`;
; this module is linked in with llvm-link-14 before optimisation. Everything
; here is written by hand because llvm-bindings 0.4.2 cannot build volatile,
; atomic or fence instructions, alignment, or inline assembly.
;
; Invariants:
; - Every function is `alwaysinline nounwind noredzone` with linkonce_odr
;   linkage: it is inlined at every call (even at -O0, by the always-inliner)
;   and the unused copies are dropped.
; - Types follow docs/runtime-abi.md: u8 -> i8, u16 -> i16, u32 -> i32,
;   u64/usize -> i64, f32 -> float, f64 -> double, boolean -> i1, references -> i8*.
; - Plain loads and stores declare alignment 1: the dialect passes arbitrary
;   addresses (the IDT pseudo-descriptor has a u64 at offset 2), x86-64
;   allows unaligned access, and a larger declared alignment would let LLVM
;   assume more than the caller promised. Atomics use natural alignment
;   (an under-aligned atomic becomes a library call); the caller guarantees it.
; - Inline assembly that touches devices or CPU state clobbers memory, so the
;   optimiser neither moves memory accesses across it nor drops it.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-none"

; exception_entry.s: 32 exception stub addresses, indexed by vector.
@__exception_stubs = external dso_local global [32 x i64]
; linker.ld: first page above the image.
@__toro_image_end = external dso_local global i8
; boot.s: static room for the IDT and its pseudo-descriptor (boot.s fills
; and loads it).
@__toro_idt_storage = external dso_local global i8
; boot.s: the page directories and the boot core's GDT.
@__toro_page_directories = external dso_local global i8
@__toro_gdt = external dso_local global i8
; core_records.s: the per-core records, the shared I/O bitmap, the table
; from local APIC ID to core index.
@__toro_core_records = external dso_local global i8
@__toro_shared_io_bitmap = external dso_local global i8
@__toro_apic_core_index = external dso_local global i8
; ap_trampoline.s: the bounds of the secondary cores' start code.
@__toro_ap_trampoline_start = external dso_local global i8
@__toro_ap_trampoline_end = external dso_local global i8

attributes #0 = { alwaysinline nounwind noredzone }

; ===========================================================================
; toro/unsafe: plain memory access

define linkonce_odr i8 @__intrinsic_load8(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i8*
  %value = load i8, i8* %pointer, align 1
  ret i8 %value
}

define linkonce_odr i16 @__intrinsic_load16(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i16*
  %value = load i16, i16* %pointer, align 1
  ret i16 %value
}

define linkonce_odr i32 @__intrinsic_load32(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i32*
  %value = load i32, i32* %pointer, align 1
  ret i32 %value
}

define linkonce_odr i64 @__intrinsic_load64(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i64*
  %value = load i64, i64* %pointer, align 1
  ret i64 %value
}

define linkonce_odr float @__intrinsic_loadF32(i64 %address) #0 {
  %pointer = inttoptr i64 %address to float*
  %value = load float, float* %pointer, align 1
  ret float %value
}

define linkonce_odr double @__intrinsic_loadF64(i64 %address) #0 {
  %pointer = inttoptr i64 %address to double*
  %value = load double, double* %pointer, align 1
  ret double %value
}

define linkonce_odr void @__intrinsic_store8(i64 %address, i8 %value) #0 {
  %pointer = inttoptr i64 %address to i8*
  store i8 %value, i8* %pointer, align 1
  ret void
}

define linkonce_odr void @__intrinsic_store16(i64 %address, i16 %value) #0 {
  %pointer = inttoptr i64 %address to i16*
  store i16 %value, i16* %pointer, align 1
  ret void
}

define linkonce_odr void @__intrinsic_store32(i64 %address, i32 %value) #0 {
  %pointer = inttoptr i64 %address to i32*
  store i32 %value, i32* %pointer, align 1
  ret void
}

define linkonce_odr void @__intrinsic_store64(i64 %address, i64 %value) #0 {
  %pointer = inttoptr i64 %address to i64*
  store i64 %value, i64* %pointer, align 1
  ret void
}

define linkonce_odr void @__intrinsic_storeF32(i64 %address, float %value) #0 {
  %pointer = inttoptr i64 %address to float*
  store float %value, float* %pointer, align 1
  ret void
}

define linkonce_odr void @__intrinsic_storeF64(i64 %address, double %value) #0 {
  %pointer = inttoptr i64 %address to double*
  store double %value, double* %pointer, align 1
  ret void
}

; ===========================================================================
; toro/unsafe: volatile access (device memory)

define linkonce_odr i8 @__intrinsic_volatileLoad8(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i8*
  %value = load volatile i8, i8* %pointer, align 1
  ret i8 %value
}

define linkonce_odr i32 @__intrinsic_volatileLoad32(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i32*
  %value = load volatile i32, i32* %pointer, align 4
  ret i32 %value
}

define linkonce_odr i64 @__intrinsic_volatileLoad64(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i64*
  %value = load volatile i64, i64* %pointer, align 8
  ret i64 %value
}

define linkonce_odr void @__intrinsic_volatileStore8(i64 %address, i8 %value) #0 {
  %pointer = inttoptr i64 %address to i8*
  store volatile i8 %value, i8* %pointer, align 1
  ret void
}

define linkonce_odr void @__intrinsic_volatileStore32(i64 %address, i32 %value) #0 {
  %pointer = inttoptr i64 %address to i32*
  store volatile i32 %value, i32* %pointer, align 4
  ret void
}

define linkonce_odr void @__intrinsic_volatileStore64(i64 %address, i64 %value) #0 {
  %pointer = inttoptr i64 %address to i64*
  store volatile i64 %value, i64* %pointer, align 8
  ret void
}

; ===========================================================================
; toro/unsafe: atomics (sequentially consistent unless named otherwise)

define linkonce_odr i32 @__intrinsic_atomicLoad32(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i32*
  %value = load atomic i32, i32* %pointer seq_cst, align 4
  ret i32 %value
}

define linkonce_odr void @__intrinsic_atomicStore32(i64 %address, i32 %value) #0 {
  %pointer = inttoptr i64 %address to i32*
  store atomic i32 %value, i32* %pointer seq_cst, align 4
  ret void
}

define linkonce_odr i32 @__intrinsic_atomicFetchAdd32(i64 %address, i32 %delta) #0 {
  %pointer = inttoptr i64 %address to i32*
  %previous = atomicrmw add i32* %pointer, i32 %delta seq_cst, align 4
  ret i32 %previous
}

define linkonce_odr i1 @__intrinsic_atomicCompareExchange32(i64 %address, i32 %expected, i32 %desired) #0 {
  %pointer = inttoptr i64 %address to i32*
  %result = cmpxchg i32* %pointer, i32 %expected, i32 %desired seq_cst seq_cst, align 4
  %exchanged = extractvalue { i32, i1 } %result, 1
  ret i1 %exchanged
}

define linkonce_odr i64 @__intrinsic_atomicLoad64(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i64*
  %value = load atomic i64, i64* %pointer seq_cst, align 8
  ret i64 %value
}

define linkonce_odr void @__intrinsic_atomicStore64(i64 %address, i64 %value) #0 {
  %pointer = inttoptr i64 %address to i64*
  store atomic i64 %value, i64* %pointer seq_cst, align 8
  ret void
}

define linkonce_odr i64 @__intrinsic_atomicFetchAdd64(i64 %address, i64 %delta) #0 {
  %pointer = inttoptr i64 %address to i64*
  %previous = atomicrmw add i64* %pointer, i64 %delta seq_cst, align 8
  ret i64 %previous
}

define linkonce_odr i1 @__intrinsic_atomicCompareExchange64(i64 %address, i64 %expected, i64 %desired) #0 {
  %pointer = inttoptr i64 %address to i64*
  %result = cmpxchg i64* %pointer, i64 %expected, i64 %desired seq_cst seq_cst, align 8
  %exchanged = extractvalue { i64, i1 } %result, 1
  ret i1 %exchanged
}

define linkonce_odr i32 @__intrinsic_atomicLoadAcquire32(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i32*
  %value = load atomic i32, i32* %pointer acquire, align 4
  ret i32 %value
}

define linkonce_odr void @__intrinsic_atomicStoreRelease32(i64 %address, i32 %value) #0 {
  %pointer = inttoptr i64 %address to i32*
  store atomic i32 %value, i32* %pointer release, align 4
  ret void
}

define linkonce_odr i16 @__intrinsic_atomicLoadAcquire16(i64 %address) #0 {
  %pointer = inttoptr i64 %address to i16*
  %value = load atomic i16, i16* %pointer acquire, align 2
  ret i16 %value
}

define linkonce_odr void @__intrinsic_atomicStoreRelease16(i64 %address, i16 %value) #0 {
  %pointer = inttoptr i64 %address to i16*
  store atomic i16 %value, i16* %pointer release, align 2
  ret void
}

; A sequentially consistent fence is an mfence on x86-64.
define linkonce_odr void @__intrinsic_fence() #0 {
  fence seq_cst
  ret void
}

; Copies `count` bytes; the ranges must not overlap. llvm.memcpy becomes
; inline moves for small constant counts and a call of libcalls.s's memcpy
; (rep movsb) otherwise.
declare void @llvm.memcpy.p0i8.p0i8.i64(i8*, i8*, i64, i1)
define linkonce_odr void @__intrinsic_copyMemory(i64 %destination, i64 %source, i64 %count) #0 {
  %to = inttoptr i64 %destination to i8*
  %from = inttoptr i64 %source to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %to, i8* %from, i64 %count, i1 false)
  ret void
}

; Asks for the cache line at `address` to be fetched for reading; a hint
; that never faults (prefetcht0).
declare void @llvm.prefetch.p0i8(i8*, i32, i32, i32)
define linkonce_odr void @__intrinsic_prefetch(i64 %address) #0 {
  %line = inttoptr i64 %address to i8*
  call void @llvm.prefetch.p0i8(i8* %line, i32 0, i32 3, i32 1)
  ret void
}

; Orders memory accesses for the optimiser only; emits no instruction.
define linkonce_odr void @__intrinsic_compilerFence() #0 {
  fence syncscope("singlethread") seq_cst
  ret void
}

; ===========================================================================
; toro/unsafe: objects and bits

define linkonce_odr i64 @__intrinsic_addressOf(i8* %object) #0 {
  %address = ptrtoint i8* %object to i64
  ret i64 %address
}

; A function value is the function's address (runtime-abi.md).
define linkonce_odr i64 @__intrinsic_functionAddress(i8* %entry) #0 {
  %address = ptrtoint i8* %entry to i64
  ret i64 %address
}

; A typed array's header starts with the element pointer (runtime-abi.md).
define linkonce_odr i64 @__intrinsic_elementsAddress(i8* %array) #0 {
  %header = bitcast i8* %array to i8**
  %elements = load i8*, i8** %header, align 8
  %address = ptrtoint i8* %elements to i64
  ret i64 %address
}

define linkonce_odr i32 @__intrinsic_f64High(double %value) #0 {
  %bits = bitcast double %value to i64
  %shifted = lshr i64 %bits, 32
  %high = trunc i64 %shifted to i32
  ret i32 %high
}

define linkonce_odr i32 @__intrinsic_f64Low(double %value) #0 {
  %bits = bitcast double %value to i64
  %low = trunc i64 %bits to i32
  ret i32 %low
}

define linkonce_odr double @__intrinsic_f64FromBits(i32 %high, i32 %low) #0 {
  %high64 = zext i32 %high to i64
  %shifted = shl i64 %high64, 32
  %low64 = zext i32 %low to i64
  %bits = or i64 %shifted, %low64
  %value = bitcast i64 %bits to double
  ret double %value
}

; ===========================================================================
; toro/x86_64: port I/O

define linkonce_odr void @__intrinsic_outb(i16 %port, i8 %value) #0 {
  call void asm sideeffect "outb $0, $1", "{al},{dx},~{memory}"(i8 %value, i16 %port)
  ret void
}

define linkonce_odr void @__intrinsic_outw(i16 %port, i16 %value) #0 {
  call void asm sideeffect "outw $0, $1", "{ax},{dx},~{memory}"(i16 %value, i16 %port)
  ret void
}

define linkonce_odr void @__intrinsic_outl(i16 %port, i32 %value) #0 {
  call void asm sideeffect "outl $0, $1", "{eax},{dx},~{memory}"(i32 %value, i16 %port)
  ret void
}

define linkonce_odr i8 @__intrinsic_inb(i16 %port) #0 {
  %value = call i8 asm sideeffect "inb $1, $0", "={al},{dx},~{memory}"(i16 %port)
  ret i8 %value
}

define linkonce_odr i16 @__intrinsic_inw(i16 %port) #0 {
  %value = call i16 asm sideeffect "inw $1, $0", "={ax},{dx},~{memory}"(i16 %port)
  ret i16 %value
}

define linkonce_odr i32 @__intrinsic_inl(i16 %port) #0 {
  %value = call i32 asm sideeffect "inl $1, $0", "={eax},{dx},~{memory}"(i16 %port)
  ret i32 %value
}

; ===========================================================================
; toro/x86_64: processor control
;
; The compiled runtime runs in ring 3 (boot.s). pause, rdtsc (CR4.TSD clear)
; and cpuid are allowed there. hlt, cli, sti, rdmsr, wrmsr, the control
; register moves and lidt/lgdt raise #GP in ring 3, and the #GP handler
; performs them in ring 0 (privileged_emulation.s), which recognises only
; fixed encodings: control registers move through rax and lidt/lgdt take
; their operand's address in rax, hence the pinned {rax} constraints. Change
; an encoding here only together with that file's table.

define linkonce_odr void @__intrinsic_hlt() #0 {
  call void asm sideeffect "hlt", "~{memory}"()
  ret void
}

define linkonce_odr void @__intrinsic_cli() #0 {
  call void asm sideeffect "cli", "~{memory},~{flags}"()
  ret void
}

define linkonce_odr void @__intrinsic_sti() #0 {
  call void asm sideeffect "sti", "~{memory},~{flags}"()
  ret void
}

define linkonce_odr void @__intrinsic_pause() #0 {
  call void asm sideeffect "pause", "~{memory}"()
  ret void
}

define linkonce_odr i64 @__intrinsic_rdtsc() #0 {
  %halves = call { i32, i32 } asm sideeffect "rdtsc", "={eax},={edx}"()
  %low = extractvalue { i32, i32 } %halves, 0
  %high = extractvalue { i32, i32 } %halves, 1
  %value = call i64 @__toro_intrinsic_join(i32 %high, i32 %low)
  ret i64 %value
}

; Writes eax, ebx, ecx, edx to out[0..3]; `out` must have at least 4 elements
; (not checked).
define linkonce_odr void @__intrinsic_cpuid(i32 %leaf, i32 %subleaf, i8* %out) #0 {
  %registers = call { i32, i32, i32, i32 } asm sideeffect "cpuid", "={eax},={ebx},={ecx},={edx},{eax},{ecx}"(i32 %leaf, i32 %subleaf)
  %header = bitcast i8* %out to i32**
  %elements = load i32*, i32** %header, align 8
  %eax = extractvalue { i32, i32, i32, i32 } %registers, 0
  %ebx = extractvalue { i32, i32, i32, i32 } %registers, 1
  %ecx = extractvalue { i32, i32, i32, i32 } %registers, 2
  %edx = extractvalue { i32, i32, i32, i32 } %registers, 3
  %slot1 = getelementptr i32, i32* %elements, i64 1
  %slot2 = getelementptr i32, i32* %elements, i64 2
  %slot3 = getelementptr i32, i32* %elements, i64 3
  store i32 %eax, i32* %elements, align 4
  store i32 %ebx, i32* %slot1, align 4
  store i32 %ecx, i32* %slot2, align 4
  store i32 %edx, i32* %slot3, align 4
  ret void
}

define linkonce_odr i64 @__intrinsic_rdmsr(i32 %msr) #0 {
  %halves = call { i32, i32 } asm sideeffect "rdmsr", "={eax},={edx},{ecx},~{memory}"(i32 %msr)
  %low = extractvalue { i32, i32 } %halves, 0
  %high = extractvalue { i32, i32 } %halves, 1
  %value = call i64 @__toro_intrinsic_join(i32 %high, i32 %low)
  ret i64 %value
}

define linkonce_odr void @__intrinsic_wrmsr(i32 %msr, i64 %value) #0 {
  %low = trunc i64 %value to i32
  %shifted = lshr i64 %value, 32
  %high = trunc i64 %shifted to i32
  call void asm sideeffect "wrmsr", "{ecx},{eax},{edx},~{memory}"(i32 %msr, i32 %low, i32 %high)
  ret void
}

define linkonce_odr i64 @__intrinsic_readCr0() #0 {
  %value = call i64 asm sideeffect "mov %cr0, $0", "={rax},~{memory}"()
  ret i64 %value
}

define linkonce_odr i64 @__intrinsic_readCr2() #0 {
  %value = call i64 asm sideeffect "mov %cr2, $0", "={rax},~{memory}"()
  ret i64 %value
}

define linkonce_odr i64 @__intrinsic_readCr3() #0 {
  %value = call i64 asm sideeffect "mov %cr3, $0", "={rax},~{memory}"()
  ret i64 %value
}

define linkonce_odr i64 @__intrinsic_readCr4() #0 {
  %value = call i64 asm sideeffect "mov %cr4, $0", "={rax},~{memory}"()
  ret i64 %value
}

define linkonce_odr void @__intrinsic_writeCr0(i64 %value) #0 {
  call void asm sideeffect "mov $0, %cr0", "{rax},~{memory}"(i64 %value)
  ret void
}

define linkonce_odr void @__intrinsic_writeCr3(i64 %value) #0 {
  call void asm sideeffect "mov $0, %cr3", "{rax},~{memory}"(i64 %value)
  ret void
}

define linkonce_odr void @__intrinsic_writeCr4(i64 %value) #0 {
  call void asm sideeffect "mov $0, %cr4", "{rax},~{memory}"(i64 %value)
  ret void
}

; The operand is the address of a 10-byte pseudo-descriptor: u16 limit, then
; u64 base.
define linkonce_odr void @__intrinsic_lidt(i64 %address) #0 {
  call void asm sideeffect "lidt ($0)", "{rax},~{memory}"(i64 %address)
  ret void
}

define linkonce_odr void @__intrinsic_lgdt(i64 %address) #0 {
  call void asm sideeffect "lgdt ($0)", "{rax},~{memory}"(i64 %address)
  ret void
}

; ===========================================================================
; toro/x86_64: addresses defined by the assembly files and linker.ld

; `vector` must be below 32 (not checked).
define linkonce_odr i64 @__intrinsic_exceptionStubAddress(i32 %vector) #0 {
  %index = zext i32 %vector to i64
  %slot = getelementptr [32 x i64], [32 x i64]* @__exception_stubs, i64 0, i64 %index
  %address = load i64, i64* %slot, align 8
  ret i64 %address
}

define linkonce_odr i64 @__intrinsic_imageEnd() #0 {
  ret i64 ptrtoint (i8* @__toro_image_end to i64)
}

define linkonce_odr i64 @__intrinsic_idtStorage() #0 {
  ret i64 ptrtoint (i8* @__toro_idt_storage to i64)
}

define linkonce_odr i64 @__intrinsic_pageDirectories() #0 {
  ret i64 ptrtoint (i8* @__toro_page_directories to i64)
}

define linkonce_odr i64 @__intrinsic_bootGdt() #0 {
  ret i64 ptrtoint (i8* @__toro_gdt to i64)
}

define linkonce_odr i64 @__intrinsic_coreRecords() #0 {
  ret i64 ptrtoint (i8* @__toro_core_records to i64)
}

define linkonce_odr i64 @__intrinsic_sharedIoBitmap() #0 {
  ret i64 ptrtoint (i8* @__toro_shared_io_bitmap to i64)
}

define linkonce_odr i64 @__intrinsic_apicCoreIndexTable() #0 {
  ret i64 ptrtoint (i8* @__toro_apic_core_index to i64)
}

define linkonce_odr i64 @__intrinsic_apTrampolineStart() #0 {
  ret i64 ptrtoint (i8* @__toro_ap_trampoline_start to i64)
}

define linkonce_odr i64 @__intrinsic_apTrampolineEnd() #0 {
  ret i64 ptrtoint (i8* @__toro_ap_trampoline_end to i64)
}

; ===========================================================================
; Helpers of this file

define linkonce_odr i64 @__toro_intrinsic_join(i32 %high, i32 %low) #0 {
  %high64 = zext i32 %high to i64
  %shifted = shl i64 %high64, 32
  %low64 = zext i32 %low to i64
  %value = or i64 %shifted, %low64
  ret i64 %value
}

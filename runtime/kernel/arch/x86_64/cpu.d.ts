// toro/x86_64: privileged x86-64 instructions, for runtime code only.
//
// Application code that imports this module is rejected (diagnostic TORO1101).
// Each function is an intrinsic implemented `alwaysinline` in intrinsics.ll
// beside this file, as `__intrinsic_<name>`. The runtime runs in ring 3
// (boot.s): port I/O, pause, rdtsc and cpuid execute there directly; hlt,
// cli, sti, the MSR and control-register accesses and lidt/lgdt trap and are
// performed in ring 0 (privileged_emulation.s), which under kvm_pvm costs
// about 0.1 ms each, so keep them off hot paths.

declare module "toro/x86_64" {
  export function outb(port: u16, value: u8): void;
  export function outw(port: u16, value: u16): void;
  export function outl(port: u16, value: u32): void;
  export function inb(port: u16): u8;
  export function inw(port: u16): u16;
  export function inl(port: u16): u32;
  export function hlt(): void;
  export function cli(): void;
  export function sti(): void;
  export function pause(): void;
  export function rdtsc(): u64;
  /** Runs CPUID; eax, ebx, ecx, edx land in out[0..3]. */
  export function cpuid(leaf: u32, subleaf: u32, out: Uint32Array): void;
  export function rdmsr(msr: u32): u64;
  export function wrmsr(msr: u32, value: u64): void;
  export function readCr0(): u64;
  export function readCr2(): u64;
  export function readCr3(): u64;
  export function readCr4(): u64;
  export function writeCr0(value: u64): void;
  export function writeCr3(value: u64): void;
  export function writeCr4(value: u64): void;
  /** Loads the IDT/GDT from a 10-byte pseudo-descriptor at `address`. */
  export function lidt(address: usize): void;
  export function lgdt(address: usize): void;
  /** Address of the assembly entry stub for CPU exception `vector` (0..31). */
  export function exceptionStubAddress(vector: u32): usize;
  /** First page-aligned address above the kernel image, .bss
   *  included (linker.ld's `__toro_image_end`). */
  export function imageEnd(): usize;
  /** Start of the 4,112 bytes that boot.s reserves (page-aligned) for the
   *  IDT: 256 gates of 16 bytes, then a 16-byte slot for the pseudo-descriptor.
   *  boot.s fills gates 0..31 and loads the table before the kernel runs. */
  export function idtStorage(): usize;
  /** boot.s's page directories: 2,048 consecutive 8-byte entries, entry i
   *  mapping [i * 2 MiB, (i + 1) * 2 MiB); entry 0 points to the 4 KiB-page
   *  table of the first 2 MiB, every other one is a 2 MiB page. */
  export function pageDirectories(): usize;
  /** boot.s's GDT (the boot core's): null, kernel code, kernel data, user
   *  data, user code, then the 16-byte TSS descriptor. */
  export function bootGdt(): usize;
  /** core_records.s: the per-core records (layout in core_records.ts). */
  export function coreRecords(): usize;
  /** core_records.s: the I/O permission bitmap the secondary cores' TSSs share. */
  export function sharedIoBitmap(): usize;
  /** core_records.s: 256 bytes, the core index of each local APIC ID. */
  export function apicCoreIndexTable(): usize;
  /** ap_trampoline.s: the secondary cores' real-mode start code, to be
   *  copied below 1 MiB: its first byte, and the byte after its last. */
  export function apTrampolineStart(): usize;
  export function apTrampolineEnd(): usize;
}

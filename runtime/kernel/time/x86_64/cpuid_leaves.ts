// The CPUID leaves the calibration reads, with the checks that make a leaf's
// contents meaningful: a leaf above the processor's maximum returns the data
// of the highest basic leaf on Intel parts and under QEMU's TCG (seen there:
// leaves 15h and 40000010h both return leaf 0Dh), so every reader checks the
// maximum first; the hypervisor range (40000000h up) is read only when
// CPUID 1 ECX bit 31 says a hypervisor is present.
//
// Each CPUID traps to the hypervisor under KVM (about 4 us measured under
// kvm_pvm), so these run only during calibration.
import { cpuid } from "toro/x86_64";

const EAX: i32 = 0;
const EBX: i32 = 1;
const ECX: i32 = 2;
const EDX: i32 = 3;

const HYPERVISOR_BASE_LEAF: u32 = 0x40000000;
const HYPERVISOR_PRESENT_BIT: u32 = 0x80000000;
/** "KVMKVMKVM\0\0\0" in EBX, ECX, EDX of leaf 40000000h. */
const KVM_SIGNATURE_EBX: u32 = 0x4b4d564b;
const KVM_SIGNATURE_ECX: u32 = 0x564b4d56;
const KVM_SIGNATURE_EDX: u32 = 0x0000004d;

/** EAX, EBX, ECX, EDX of `leaf` (subleaf 0). */
export function readLeaf(leaf: u32): Uint32Array {
  const registers = new Uint32Array(4);
  cpuid(leaf, 0, registers);
  return registers;
}

export function eax(registers: Uint32Array): u32 {
  return registers[EAX];
}

export function ebx(registers: Uint32Array): u32 {
  return registers[EBX];
}

export function ecx(registers: Uint32Array): u32 {
  return registers[ECX];
}

export function edx(registers: Uint32Array): u32 {
  return registers[EDX];
}

/** The highest basic leaf (CPUID 0 EAX). */
export function maximumBasicLeaf(): u32 {
  return eax(readLeaf(0));
}

/** The highest hypervisor leaf (40000000h EAX), 0 when no hypervisor is present. */
export function maximumHypervisorLeaf(): u32 {
  if ((ecx(readLeaf(1)) & HYPERVISOR_PRESENT_BIT) === 0) return 0;
  const maximum: u32 = eax(readLeaf(HYPERVISOR_BASE_LEAF));
  return maximum >= HYPERVISOR_BASE_LEAF ? maximum : 0;
}

/** The hypervisor identifies itself as KVM. */
export function hypervisorIsKvm(): boolean {
  if (maximumHypervisorLeaf() === 0) return false;
  const signature = readLeaf(HYPERVISOR_BASE_LEAF);
  return ebx(signature) === KVM_SIGNATURE_EBX && ecx(signature) === KVM_SIGNATURE_ECX && edx(signature) === KVM_SIGNATURE_EDX;
}

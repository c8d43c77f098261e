// The TSC frequency from KVM's paravirtual clock (Linux's
// Documentation/virt/kvm/x86/msr.rst, MSR_KVM_SYSTEM_TIME_NEW): the guest
// writes the physical address of a 32-byte pvclock structure, with bit 0
// set, to the clock MSR; before the vCPU runs again the host fills it with
// the scale that converts TSC cycles to nanoseconds, from which
// pvclockFrequency derives the frequency KVM itself uses for this vCPU.
//
// Cost: two WRMSRs (enable, then disable), each trapping to ring 0 and the
// hypervisor (about 110 us under kvm_pvm), and a few CPUIDs. The clock is
// disabled again before returning, so the host stops writing to the
// structure before its memory (a heap block) can be reused.
//
// Structure layout (pvclock_vcpu_time_info): u32 version (odd while the host
// updates it), u32 pad, u64 tsc_timestamp, u64 system_time, u32
// tsc_to_system_mul, i8 tsc_shift, u8 flags, u8 pad[2].
import { wrmsr } from "toro/x86_64";
import { compilerFence, elementsAddress, load32, load8, volatileLoad32 } from "toro/unsafe";
import { pvclockFrequency } from "../calibration_arithmetic";
import { eax, hypervisorIsKvm, maximumHypervisorLeaf, readLeaf } from "./cpuid_leaves";

const KVM_FEATURES_LEAF: u32 = 0x40000001;
/** KVM_FEATURE_CLOCKSOURCE (MSR 12h) and KVM_FEATURE_CLOCKSOURCE2 (MSR 4b564d01h), in leaf 40000001h EAX. */
const FEATURE_CLOCK_SOURCE: u32 = 0x1;
const FEATURE_CLOCK_SOURCE_2: u32 = 0x8;
const MSR_SYSTEM_TIME: u32 = 0x12;
const MSR_SYSTEM_TIME_NEW: u32 = 0x4b564d01;
const ENABLE_BIT: u64 = 1;

const STRUCTURE_SIZE: usize = 32;
const VERSION_OFFSET: usize = 0;
const MULTIPLIER_OFFSET: usize = 24;
const SHIFT_OFFSET: usize = 28;
/** Consistent reads attempted before giving up (the host updates it only at vCPU entry). */
const READ_ATTEMPTS: i32 = 100;

/** The clock MSR this KVM offers, 0 when it offers none (or this is not KVM). */
function clockMsr(): u32 {
  if (!hypervisorIsKvm() || maximumHypervisorLeaf() < KVM_FEATURES_LEAF) return 0;
  const features: u32 = eax(readLeaf(KVM_FEATURES_LEAF));
  if ((features & FEATURE_CLOCK_SOURCE_2) !== 0) return MSR_SYSTEM_TIME_NEW;
  if ((features & FEATURE_CLOCK_SOURCE) !== 0) return MSR_SYSTEM_TIME;
  return 0;
}

/** The TSC frequency KVM states through the pvclock structure, or 0 when unavailable. */
export function kvmClockFrequency(): f64 {
  const msr: u32 = clockMsr();
  if (msr === 0) return 0;
  // 32 bytes aligned to 32 never cross a page (KVM refuses a structure that does).
  const block = new Uint8Array(i32(2 * STRUCTURE_SIZE));
  const structure: usize = (elementsAddress(block) + STRUCTURE_SIZE - 1) & ~(STRUCTURE_SIZE - 1);
  wrmsr(msr, u64(structure) | ENABLE_BIT);
  const frequency: f64 = readFrequency(structure);
  wrmsr(msr, 0);
  // Keeps `block` reachable until the host has stopped writing to it.
  block[0] = 0;
  return frequency;
}

/** pvclockFrequency of a consistent snapshot (same even version before and after), or 0. */
function readFrequency(structure: usize): f64 {
  for (let attempt: i32 = 0; attempt < READ_ATTEMPTS; attempt++) {
    const before: u32 = volatileLoad32(structure + VERSION_OFFSET);
    compilerFence();
    const multiplier: u32 = load32(structure + MULTIPLIER_OFFSET);
    const shift: i32 = i32(i8(load8(structure + SHIFT_OFFSET)));
    compilerFence();
    const after: u32 = volatileLoad32(structure + VERSION_OFFSET);
    if (before === after && before !== 0 && (before & 1) === 0) return pvclockFrequency(multiplier, shift);
  }
  return 0;
}

// TSC frequencies that CPUID states outright (no measurement):
//   leaf 15h         TSC/crystal ratio and crystal frequency (Intel SDM,
//                    "Time Stamp Counter and Nominal Core Crystal Clock");
//   leaf 16h         processor base frequency, when 15h has the ratio only;
//   leaf 40000010h   TSC kHz in EAX, the timing leaf that VMware introduced
//                    and QEMU/KVM offer with `-cpu ...,+invtsc` (a fixed TSC).
// Each returns 0 when its leaf is absent or empty. Neither the project's
// kvm_pvm host (an AMD EPYC: no leaf 15h or 16h, hypervisor leaves up to
// 40000001h) nor TCG with `-cpu max` (basic leaves up to 0Dh) offers them;
// they serve Intel hosts and hypervisors that publish the frequency.
import { baseFrequency, crystalFrequency } from "../calibration_arithmetic";
import { eax, ebx, ecx, maximumBasicLeaf, maximumHypervisorLeaf, readLeaf } from "./cpuid_leaves";

const CRYSTAL_LEAF: u32 = 0x15;
const BASE_FREQUENCY_LEAF: u32 = 0x16;
const HYPERVISOR_TIMING_LEAF: u32 = 0x40000010;
const HERTZ_PER_KILOHERTZ: f64 = 1000;

export function crystalLeafFrequency(): f64 {
  if (maximumBasicLeaf() < CRYSTAL_LEAF) return 0;
  const leaf = readLeaf(CRYSTAL_LEAF);
  return crystalFrequency(eax(leaf), ebx(leaf), ecx(leaf));
}

export function baseFrequencyLeafFrequency(): f64 {
  if (maximumBasicLeaf() < BASE_FREQUENCY_LEAF) return 0;
  const ratio = readLeaf(CRYSTAL_LEAF);
  return baseFrequency(eax(ratio), ebx(ratio), eax(readLeaf(BASE_FREQUENCY_LEAF)));
}

export function hypervisorLeafFrequency(): f64 {
  if (maximumHypervisorLeaf() < HYPERVISOR_TIMING_LEAF) return 0;
  return f64(eax(readLeaf(HYPERVISOR_TIMING_LEAF))) * HERTZ_PER_KILOHERTZ;
}

// The cycle counter behind the clock (clock.ts): the x86 time-stamp counter.
//
// RDTSC runs in ring 3 (boot.s leaves CR4.TSD clear) without trapping, under
// kvm_pvm too (about 10 ns there; under TCG it reads the host's TSC through
// a helper, about 40 ns). It is not serialising: a read may move a few
// instructions earlier or later, far below the resolution that matters here.
// The calibration assumes an invariant TSC (one rate whatever the power
// state), which the hosts QEMU runs on provide; all cores' counters run in
// step (KVM synchronises the vCPUs' TSCs, TCG reads the host's).
import { rdtsc } from "toro/x86_64";

export function readCycleCounter(): u64 {
  return rdtsc();
}

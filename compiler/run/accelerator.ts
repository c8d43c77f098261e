// Choosing QEMU's accelerator: KVM when the host's /dev/kvm can be opened,
// TCG (QEMU's own binary translator) otherwise.
//
// That includes hosts whose /dev/kvm is kvm_pvm (pagetable-based
// virtualisation), which runs guest user mode natively but emulates every
// kernel-mode (CPL 0) instruction with KVM's instruction emulator, without
// SSE. The kernel is built for it: all compiled code runs in ring 3 and ring
// 0 holds a little assembly (runtime/kernel/arch/x86_64/boot.s), so the same
// image runs at native speed there, under ordinary KVM and under TCG. Should
// a host's KVM still fail to run an instruction, the runner stops at QEMU's
// "KVM internal error" (qemu.ts) and suggests --accel tcg.
import * as fs from "fs";

export type Accelerator = "auto" | "kvm" | "tcg";

/** What the host offers, as probed by `probeHost`. */
export interface HostVirtualisation {
  /** /dev/kvm can be opened for reading and writing. */
  kvmOpens: boolean;
}

/** The environment variable that overrides `auto` (kvm or tcg). */
export const ACCELERATOR_VARIABLE = "TOROTSC_ACCEL";

/**
 * The accelerator to use. An explicit request wins; for `auto`, the
 * environment override (if set and not "auto") wins; otherwise KVM when it
 * is usable, else TCG.
 */
export function chooseAccelerator(
  requested: Accelerator,
  environmentOverride: string | undefined,
  host: HostVirtualisation,
): "kvm" | "tcg" {
  if (requested !== "auto") return requested;
  const override = (environmentOverride ?? "").trim();
  if (override === "kvm" || override === "tcg") return override;
  if (override !== "" && override !== "auto") {
    throw new Error(`${ACCELERATOR_VARIABLE} must be kvm, tcg or auto (it is "${override}")`);
  }
  return host.kvmOpens ? "kvm" : "tcg";
}

export function probeHost(): HostVirtualisation {
  return { kvmOpens: canOpenReadWrite("/dev/kvm") };
}

export function resolveAccelerator(requested: Accelerator): "kvm" | "tcg" {
  if (requested !== "auto") return requested;
  return chooseAccelerator(requested, process.env[ACCELERATOR_VARIABLE], probeHost());
}

function canOpenReadWrite(path: string): boolean {
  try {
    fs.closeSync(fs.openSync(path, "r+"));
    return true;
  } catch {
    return false;
  }
}

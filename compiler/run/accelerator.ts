// Choosing QEMU's accelerator: KVM when the host offers a usable one, TCG
// (QEMU's own binary translator) otherwise.
//
// "Usable" means more than an openable /dev/kvm. Some cloud hosts implement
// /dev/kvm with kvm_pvm (pagetable-based virtualisation), which runs guest
// user mode natively but emulates every kernel-mode (CPL 0) instruction with
// KVM's instruction emulator: our unikernel runs entirely at CPL 0, so there
// it is hundreds of times slower than TCG and stops with "KVM internal error
// ... emulation failure" at its first SSE instruction. `auto` therefore avoids
// such a KVM; asking for kvm explicitly still gets it.
import * as fs from "fs";

export type Accelerator = "auto" | "kvm" | "tcg";

/** What the host offers, as probed by `probeHost`. */
export interface HostVirtualisation {
  /** /dev/kvm can be opened for reading and writing. */
  kvmOpens: boolean;
  /** The host's KVM emulates kernel-mode guest code (kvm_pvm is loaded). */
  kvmEmulatesKernelMode: boolean;
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
  return host.kvmOpens && !host.kvmEmulatesKernelMode ? "kvm" : "tcg";
}

export function probeHost(): HostVirtualisation {
  return {
    kvmOpens: canOpenReadWrite("/dev/kvm"),
    kvmEmulatesKernelMode: fs.existsSync("/sys/module/kvm_pvm"),
  };
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

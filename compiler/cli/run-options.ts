// Parsing and validation of `torotsc run`'s machine options. Each parser is a
// yargs `coerce` callback: it returns the value in the form the runner wants,
// or throws InvalidArgument, which yargs reports as a usage error (status 2).
import { Accelerator, MAXIMUM_CORES } from "../run/qemu";
import { InvalidArgument } from "./errors";

/** The kernel boots 1 to this many cores, one program instance on each. */
export const maximumCores = MAXIMUM_CORES;
/** Below this the kernel's own structures and heap would not fit. */
export const minimumMemoryMebibytes = 16;

/**
 * Guest memory when --mem is not given: 128M, or 16M per core beyond 8
 * cores, so that each core's pool keeps room for its virtio queues (about
 * 40 KiB per core of the machine, runtime/virtio/README.md) and its heap.
 */
export function defaultMemoryMebibytes(cores: number): number {
  return Math.max(128, 16 * cores);
}

export const acceleratorChoices: readonly Accelerator[] = ["auto", "kvm", "tcg"];

export function parseCores(value: unknown): number {
  const cores = Number(value);
  if (typeof value === "boolean" || !Number.isInteger(cores) || cores < 1 || cores > maximumCores) {
    throw new InvalidArgument(`--cores takes a whole number from 1 to ${maximumCores}, not '${String(value)}'`);
  }
  return cores;
}

/** `128M`, `1G`, or a bare number of mebibytes (as QEMU's -m); returns mebibytes. */
export function parseMemorySize(value: unknown): number {
  const match = /^([0-9]+)([MG]?)$/i.exec(String(value).trim());
  const mebibytes = match ? Number(match[1]) * (match[2].toUpperCase() === "G" ? 1024 : 1) : NaN;
  if (!Number.isSafeInteger(mebibytes) || mebibytes < minimumMemoryMebibytes) {
    throw new InvalidArgument(
      `--mem takes a size such as 128M or 1G, at least ${minimumMemoryMebibytes}M, not '${String(value)}'`,
    );
  }
  return mebibytes;
}

export function parseTimeout(value: unknown): number {
  const seconds = Number(value);
  if (typeof value === "boolean" || !Number.isFinite(seconds) || seconds <= 0) {
    throw new InvalidArgument(`--timeout takes a positive number of seconds, not '${String(value)}'`);
  }
  return seconds;
}

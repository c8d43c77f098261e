// The harness's command line:
//   node build/bench/run.js [--accel kvm|tcg|both] [--cores 1,4,16,64]
//                           [--repeat N] [--only boot,alloc,clock,bus,osu]
// Defaults: both accelerators when KVM is usable (TCG alone otherwise), core
// counts 1, 4, 16 and 64, five repetitions of each boot, every benchmark (osu,
// the side-by-side with MPICH in bench/osu/, installs MPICH when it is
// missing and takes minutes; `--only boot,alloc,clock,bus` leaves it out).
// --cores is the boot benchmark's; the bus benchmark always uses two cores.
import { Accelerator } from "./guest_run";

export type BenchmarkName = "boot" | "alloc" | "clock" | "bus" | "osu";

export interface BenchOptions {
  accels: Accelerator[];
  coreCounts: number[];
  repeat: number;
  only: BenchmarkName[];
}

const BENCHMARKS: BenchmarkName[] = ["boot", "alloc", "clock", "bus", "osu"];
const DEFAULT_BENCHMARKS: BenchmarkName[] = [...BENCHMARKS];
const MAXIMUM_CORES = 64;

export const USAGE = "usage: node build/bench/run.js [--accel kvm|tcg|both] [--cores 1,4,16,64] [--repeat N] [--only boot,alloc,clock,bus,osu]";

/** Parses `args` (without node and the script); throws an Error whose message explains a bad argument. */
export function parseOptions(args: readonly string[], kvmUsable: boolean): BenchOptions {
  const options: BenchOptions = {
    accels: kvmUsable ? ["kvm", "tcg"] : ["tcg"],
    coreCounts: [1, 4, 16, 64],
    repeat: 5,
    only: [...DEFAULT_BENCHMARKS],
  };
  for (let index = 0; index < args.length; index++) {
    const name = args[index];
    const value = args[index + 1];
    if (value === undefined) throw new Error(`${name} needs a value\n${USAGE}`);
    index++;
    switch (name) {
      case "--accel":
        options.accels = parseAccelerators(value, kvmUsable);
        break;
      case "--cores":
        options.coreCounts = parseList(value, name).map((text) => parseCount(text, name, MAXIMUM_CORES));
        break;
      case "--repeat":
        options.repeat = parseCount(value, name, 100);
        break;
      case "--only":
        options.only = parseList(value, name).map(parseBenchmark);
        break;
      default:
        throw new Error(`unknown option ${name}\n${USAGE}`);
    }
  }
  return options;
}

function parseAccelerators(value: string, kvmUsable: boolean): Accelerator[] {
  if (value === "tcg") return ["tcg"];
  if (value !== "kvm" && value !== "both") throw new Error(`--accel must be kvm, tcg or both, not "${value}"`);
  if (!kvmUsable) throw new Error(`--accel ${value}: /dev/kvm cannot be opened on this host`);
  return value === "kvm" ? ["kvm"] : ["kvm", "tcg"];
}

function parseList(value: string, name: string): string[] {
  const items = value.split(",").map((item) => item.trim()).filter((item) => item !== "");
  if (items.length === 0) throw new Error(`${name} needs at least one value`);
  return items;
}

function parseCount(text: string, name: string, limit: number): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > limit) throw new Error(`${name}: "${text}" is not a whole number from 1 to ${limit}`);
  return count;
}

function parseBenchmark(text: string): BenchmarkName {
  const found = BENCHMARKS.find((name) => name === text);
  if (!found) throw new Error(`--only: "${text}" is not one of ${BENCHMARKS.join(", ")}`);
  return found;
}

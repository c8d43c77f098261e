// A Node stand-in for the hardware runtime/kernel/time reads, so that its
// dialect files (calibration, clock, deadlines) run under Node with every
// answer chosen by the test:
//   - a TSC that advances by `cyclesPerRead` at every rdtsc and by
//     `cyclesPerPortAccess` at every port access (a trap's cost);
//   - CPUID answered from a table of leaves; a leaf that is not in the table
//     answers as the real processors do above their maximum, with the data
//     of the highest basic leaf (what TCG does for leaf 15h);
//   - an i8254 PIT whose channel 0 counts down from 65536 in mode 2 at
//     PIT_HZ, driven by the emulated TSC at `tscHz` (or stopped);
//   - the KVM clock MSRs, which fill a pvclock structure with a chosen scale.
// Panics throw KernelPanic. 64-bit values stay below 2^53.
import { DialectLoader, ModuleExports, float64BitsIntrinsics } from "../../runtime/lang/dialect_loader";

const PIT_HZ = 1193182;
const MEMORY_START = 0x10000;
const MEMORY_BYTES = 0x1000;
/** Where elementsAddress places every array (16-byte aligned, not 32). */
const ARRAY_ELEMENTS = MEMORY_START + 0x110;
const MSR_SYSTEM_TIME = 0x12;
const MSR_SYSTEM_TIME_NEW = 0x4b564d01;

export class KernelPanic extends Error {}

/** A CPUID leaf's EAX, EBX, ECX, EDX. */
export type Registers = [number, number, number, number];

export interface HardwareOptions {
  tscHz: number;
  /** Leaf number to registers; leaf 0's EAX is the basic maximum. */
  cpuid: Map<number, Registers>;
  /** The PIT counts (false: every read gives the same count). */
  pitCounts?: boolean;
  /** The pvclock scale the KVM clock MSRs write (needs the KVM leaves in `cpuid`). */
  pvclock?: { multiplier: number; shift: number };
  cyclesPerRead?: number;
  cyclesPerPortAccess?: number;
  /** The TSC's value at the start. */
  startCycles?: number;
}

export class EmulatedClockHardware {
  tsc: number;
  portAccesses = 0;
  msrWrites: Array<[number, number]> = [];
  private readonly memory = new DataView(new ArrayBuffer(MEMORY_BYTES));
  private latchedCount = 0;
  private readHighNext = false;
  private pitStartCycles = 0;
  private pitRunning = false;

  constructor(private readonly options: HardwareOptions) {
    this.tsc = options.startCycles ?? 1_000_000;
  }

  /** Implementations of toro/x86_64 and toro/unsafe for the dialect loader. */
  natives(): Record<string, object> {
    return {
      "toro/x86_64": {
        rdtsc: (): number => this.readTsc(),
        cpuid: (leaf: number, _subleaf: number, out: Uint32Array): void => this.cpuid(leaf, out),
        outb: (port: number, value: number): void => this.outb(port, value),
        inb: (port: number): number => this.inb(port),
        wrmsr: (msr: number, value: number): void => this.wrmsr(msr, value),
      },
      "toro/unsafe": {
        ...float64BitsIntrinsics(),
        compilerFence: (): void => undefined,
        elementsAddress: (): number => ARRAY_ELEMENTS,
        load8: (address: number): number => this.memory.getUint8(address - MEMORY_START),
        load32: (address: number): number => this.memory.getUint32(address - MEMORY_START, true),
        volatileLoad32: (address: number): number => this.memory.getUint32(address - MEMORY_START, true),
      },
    };
  }

  /** A loader for runtime/kernel/time with this hardware, panics throwing KernelPanic. */
  loader(): DialectLoader {
    const panic = {
      panicWithoutLocation: (message: string): void => {
        throw new KernelPanic(message);
      },
    };
    return new DialectLoader(this.natives(), {}, { replacements: { "runtime/kernel/panic.ts": panic } });
  }

  private readTsc(): number {
    this.tsc += this.options.cyclesPerRead ?? 30;
    return this.tsc;
  }

  private cpuid(leaf: number, out: Uint32Array): void {
    this.tsc += 10_000;
    const table = this.options.cpuid;
    const basicMaximum = table.get(0)?.[0] ?? 0;
    let registers = table.get(leaf);
    if (registers === undefined) registers = table.get(basicMaximum) ?? [0, 0, 0, 0];
    out.set(registers);
  }

  private trap(): void {
    this.portAccesses++;
    this.tsc += this.options.cyclesPerPortAccess ?? 200;
  }

  /** Channel 0's count now: 65536 - (ticks mod 65536), as a 16-bit value. */
  private currentCount(): number {
    if (!this.pitRunning || this.options.pitCounts === false) return 0xffff;
    const ticks = Math.floor(((this.tsc - this.pitStartCycles) * PIT_HZ) / this.options.tscHz);
    return (0x10000 - (ticks % 0x10000)) & 0xffff;
  }

  private outb(port: number, value: number): void {
    this.trap();
    if (port === 0x43 && value === 0x34) {
      this.pitRunning = true;
      this.pitStartCycles = this.tsc;
    } else if (port === 0x43 && value === 0x00) {
      this.latchedCount = this.currentCount();
      this.readHighNext = false;
    }
  }

  private inb(port: number): number {
    this.trap();
    if (port !== 0x40) return 0xff;
    const byte = this.readHighNext ? this.latchedCount >> 8 : this.latchedCount & 0xff;
    this.readHighNext = !this.readHighNext;
    return byte;
  }

  private wrmsr(msr: number, value: number): void {
    this.tsc += 280_000;
    this.msrWrites.push([msr, value]);
    if ((msr !== MSR_SYSTEM_TIME && msr !== MSR_SYSTEM_TIME_NEW) || value % 2 === 0) return;
    const address = value - 1 - MEMORY_START;
    const scale = this.options.pvclock;
    if (address % 4 !== 0 || scale === undefined) return;
    this.memory.setUint32(address, 2, true);
    this.memory.setUint32(address + 24, scale.multiplier, true);
    this.memory.setInt8(address + 28, scale.shift);
  }
}

/** The time files, loaded on `hardware`. */
export function loadTime(hardware: EmulatedClockHardware): { calibration: ModuleExports; clock: ModuleExports; deadline: ModuleExports } {
  const loader = hardware.loader();
  return {
    calibration: loader.load("runtime/kernel/time/calibration.ts"),
    clock: loader.load("runtime/kernel/time/clock.ts"),
    deadline: loader.load("runtime/kernel/time/deadline.ts"),
  };
}

/** "KVMKVMKVM" with features EAX of leaf 40000001h (8: clock source 2). */
export function kvmLeaves(features: number): Array<[number, Registers]> {
  return [
    [0x40000000, [0x40000001, 0x4b4d564b, 0x564b4d56, 0x4d]],
    [0x40000001, [features, 0, 0, 0]],
  ];
}

/** CPUID 1 with the hypervisor bit (ECX bit 31) set or clear. */
export function leafOne(hypervisor: boolean): [number, Registers] {
  return [1, [0x800f11, 0, hypervisor ? 0x80000000 : 0, 0]];
}

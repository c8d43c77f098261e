// A Node stand-in for the machine the memory system (runtime/kernel/memory)
// runs on, so that its dialect files can be tested without the compiler.
//
// Memory is one ArrayBuffer, little-endian like x86-64, laid out as
//   [0, 64 KiB)            never touched (address 0 and small values are not addresses)
//   [64 KiB, 256 KiB)      string literals the kernel code writes to the console
//   [256 KiB, 320 KiB)     the stack the collector scans (roots the test places)
//   [320 KiB, 324 KiB)     the core's instance block (module variables)
//   [324 KiB, 328 KiB)     the image's writable data
//   [1 MiB, 1 MiB + RAM)   the RAM the pools divide
// toro/unsafe and toro/x86_64 act on this memory and on an emulated COM1 and
// exit port: a panic's text is collected and exit(code) throws KernelExit, so
// the kernel's own panic path (panic.ts, console.ts) runs unchanged. The
// collector's assembly helpers (arch/x86_64/collector_roots.s) are replaced by
// functions that report the regions above; "registers" are six values the test
// may set, which __toro_spill_registers writes where the real one would. The
// kernel's number_text.ts is replaced by JavaScript formatting (see numberText).
//
// 64-bit values are JavaScript numbers: loads return Number of the stored
// bits (exact below 2^53, which covers every address here); stores refuse
// anything that is not an exact non-negative integer, to catch arithmetic bugs.
import { DialectLoader, ModuleExports, float64BitsIntrinsics } from "../../lang/dialect_loader";

const LITERALS_START = 64 * 1024;
const LITERALS_END = 256 * 1024;
export const STACK_START = 256 * 1024;
export const STACK_TOP = 320 * 1024;
export const INSTANCE_START = 320 * 1024;
export const INSTANCE_BYTES = 4096;
export const STATIC_START = 324 * 1024;
export const STATIC_END = 328 * 1024;
export const RAM_START = 1024 * 1024;
const STRING_HEADER_BYTES = 8;
const COM1_DATA = 0x3f8;
const COM1_LINE_STATUS = 0x3fd;
const LINE_STATUS_IDLE = 0x60;
const EXIT_PORT = 0xf4;

/** exit(code) or a panic (code 101) of the emulated kernel; `console` is everything it printed. */
export class KernelExit extends Error {
  constructor(
    readonly code: number,
    readonly console: string,
  ) {
    super(`kernel exited with ${code}: ${console}`);
  }
}

export class EmulatedMachine {
  readonly view: DataView;
  readonly ramEnd: number;
  /** What __toro_spill_registers stores: rbx, rbp, r12, r13, r14, r15. */
  readonly registers = [0, 0, 0, 0, 0, 0];
  /** The collector scans [stackPointer, STACK_TOP). */
  private stackPointer = STACK_TOP;
  private console = "";
  private nextLiteral = LITERALS_START;
  private readonly literals = new Map<string, number>();

  constructor(ramBytes: number) {
    this.ramEnd = RAM_START + ramBytes;
    this.view = new DataView(new ArrayBuffer(this.ramEnd));
  }

  /** Makes `roots` the words of the stack (the first one at the stack pointer). */
  setStackRoots(roots: readonly number[]): void {
    this.stackPointer = STACK_TOP - 8 * roots.length;
    roots.forEach((root, index) => this.store64(this.stackPointer + 8 * index, root));
  }

  /** Adds one word below the stack's current words (a new root). */
  pushStackRoot(root: number): void {
    this.stackPointer -= 8;
    if (this.stackPointer < STACK_START) throw new Error("emulated stack full");
    this.store64(this.stackPointer, root);
  }

  setInstanceWord(index: number, value: number): void {
    this.store64(INSTANCE_START + 8 * index, value);
  }

  setStaticWord(index: number, value: number): void {
    this.store64(STATIC_START + 8 * index, value);
  }

  load64(address: number): number {
    return Number(this.view.getBigUint64(checked(address), true));
  }

  store64(address: number, value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`store64 of ${value} at ${address}`);
    this.view.setBigUint64(checked(address), BigInt(value), true);
  }

  /** A loader whose toro/unsafe, toro/x86_64 and external symbols act on this machine. */
  loader(): DialectLoader {
    return new DialectLoader({ "toro/unsafe": this.unsafeModule(), "toro/x86_64": this.cpuModule() }, this.externals(), {
      replacements: { "runtime/kernel/number_text.ts": this.numberText() },
    });
  }

  /** Loads the memory system's modules (each loader has its own module state: a fresh kernel). */
  loadKernel(): KernelModules {
    const loader = this.loader();
    const load = (name: string): ModuleExports => loader.load(`runtime/kernel/memory/${name}.ts`);
    return {
      heap: load("heap"),
      pools: load("pools"),
      roots: load("roots"),
      allocator: load("allocator"),
      statistics: load("statistics"),
      sizeClasses: load("size_classes"),
      pageRuns: load("page_runs"),
      layout: load("layout"),
    } as unknown as KernelModules;
  }

  private unsafeModule(): Record<string, unknown> {
    const view = this.view;
    return {
      ...float64BitsIntrinsics(),
      load8: (address: number): number => view.getUint8(checked(address)),
      load16: (address: number): number => view.getUint16(checked(address), true),
      load32: (address: number): number => view.getUint32(checked(address), true),
      load64: (address: number): number => this.load64(address),
      store8: (address: number, value: number): void => view.setUint8(checked(address), value),
      store16: (address: number, value: number): void => view.setUint16(checked(address), value, true),
      store32: (address: number, value: number): void => view.setUint32(checked(address), value, true),
      store64: (address: number, value: number): void => this.store64(address, value),
      volatileStore64: (address: number, value: number): void => this.store64(address, value),
      atomicLoad64: (address: number): number => this.load64(address),
      atomicCompareExchange64: (address: number, expected: number, desired: number): boolean => {
        if (this.load64(address) !== expected) return false;
        this.store64(address, desired);
        return true;
      },
      compilerFence: (): void => undefined,
      fence: (): void => undefined,
      addressOf: (value: unknown): number => this.literalAddress(value),
    };
  }

  private cpuModule(): Record<string, unknown> {
    return {
      outb: (port: number, value: number): void => {
        if (port === COM1_DATA) this.console += String.fromCharCode(value);
      },
      inb: (port: number): number => (port === COM1_LINE_STATUS ? LINE_STATUS_IDLE : 0),
      outl: (port: number, value: number): void => {
        if (port === EXIT_PORT) throw new KernelExit(value, Buffer.from(this.console, "latin1").toString("utf8"));
      },
      pause: (): void => undefined,
      cli: (): void => undefined,
      hlt: (): void => {
        throw new Error("hlt: the emulated kernel halted instead of exiting");
      },
      imageEnd: (): number => RAM_START,
    };
  }

  /**
   * number_text.ts formats with 64-bit shifts and divisions that Node cannot
   * follow (its integers are doubles); the reports are checked with these.
   */
  private numberText(): ModuleExports {
    return {
      consoleWriteHex: (value: number): void => {
        this.console += `0x${value.toString(16)}`;
      },
      consoleWriteDecimal: (value: number): void => {
        this.console += String(value);
      },
    };
  }

  private externals(): Record<string, unknown> {
    return {
      __toro_spill_registers: (buffer: number): number => {
        this.registers.forEach((value, index) => this.store64(buffer + 8 * index, value));
        return this.stackPointer;
      },
      __toro_instance_base: (): number => INSTANCE_START,
      __toro_instance_bytes: (): number => INSTANCE_BYTES,
      __toro_static_roots_start: (): number => STATIC_START,
      __toro_static_roots_end: (): number => STATIC_END,
    };
  }

  /** The kernel passes string literals to the console: each is written into memory once. */
  private literalAddress(value: unknown): number {
    if (typeof value !== "string") throw new Error(`addressOf: not a string literal: ${String(value)}`);
    const known = this.literals.get(value);
    if (known !== undefined) return known;
    const address = this.nextLiteral;
    const bytes = STRING_HEADER_BYTES + 2 * value.length;
    this.nextLiteral += Math.ceil(bytes / 16) * 16;
    if (this.nextLiteral > LITERALS_END) throw new Error("emulated literal area full");
    this.view.setInt32(address, value.length, true);
    for (let index = 0; index < value.length; index++) {
      this.view.setUint16(address + STRING_HEADER_BYTES + 2 * index, value.charCodeAt(index), true);
    }
    this.literals.set(value, address);
    return address;
  }
}

/** The exports the tests use, typed. Sizes and addresses are numbers (usize under Node). */
export interface KernelModules {
  heap: {
    __toro_alloc(size: number): number;
    __toro_alloc_leaf(size: number): number;
    allocateManual(size: number): number;
    free(address: number): void;
    collectThisCore(): void;
  };
  pools: {
    initialisePools(start: number, end: number, cores: number): void;
    attachCore(core: number): void;
    currentPool(): number;
    poolOfCore(core: number): number;
    poolContaining(address: number): number;
  };
  roots: { setStackTop(top: number): void };
  statistics: {
    capacityBytes(): number;
    usedBytes(): number;
    freeBytes(): number;
    pagesInUseBytes(): number;
    peakPagesInUseBytes(): number;
    largestFreeRunBytes(): number;
    liveBytesAfterCollection(): number;
    collectionCount(): number;
    allocationCount(): number;
  };
  sizeClasses: {
    SIZE_CLASS_COUNT: number;
    LARGEST_SMALL_SIZE: number;
    computeClassSize(index: number): number;
    classForSize(pool: number, size: number): number;
    classSize(pool: number, sizeClass: number): number;
    classSlots(pool: number, sizeClass: number): number;
    classPages(pool: number, sizeClass: number): number;
  };
  pageRuns: { binFor(pages: number): number };
  layout: {
    PAGE_SIZE: number;
    HEADER_REMOTE_FREE: number;
    objectsStart(pool: number): number;
    objectsEnd(pool: number): number;
  };
}

/** A machine with `ramBytes` of RAM divided into `cores` pools, core 0 attached, stack top recorded. */
export function bootMemory(ramBytes: number, cores: number): { machine: EmulatedMachine; kernel: KernelModules } {
  const machine = new EmulatedMachine(ramBytes);
  const kernel = machine.loadKernel();
  kernel.pools.initialisePools(RAM_START, machine.ramEnd, cores);
  kernel.roots.setStackTop(STACK_TOP);
  return { machine, kernel };
}

/** Runs `action`, which must end the emulated kernel; returns how it ended. */
export function expectKernelExit(action: () => void): KernelExit {
  try {
    action();
  } catch (error) {
    if (error instanceof KernelExit) return error;
    throw error;
  }
  throw new Error("the kernel did not exit");
}

function checked(address: number): number {
  if (!Number.isInteger(address) || address < LITERALS_START) throw new Error(`access to bad address ${address}`);
  return address;
}

// A Node stand-in for the machine under the scheduler's pure parts
// (runtime/kernel/sched: ready queue, sleep list, mailbox, thread table,
// the idle protocol), so that their dialect files run without the compiler.
//
// Memory is an EmulatedMachine's (tests/runtime/kernel/memory): toro/unsafe's
// loads, stores and atomics act on it. Node runs one thread, so a race
// between cores is staged: beforeCompareExchange(address, action) runs
// `action` (another core's step) just before the next compare-exchange on
// `address`, after the code under test has read the old value, which is
// exactly where a real core could slip in. Around the files under test:
//   memory/heap.ts      allocateManual is a bump allocator over the machine's
//                       RAM (zeroed blocks, 16-byte aligned); free records
//                       what was freed;
//   memory/pools.ts     only MAXIMUM_CORES;
//   panic.ts            panicWithoutLocation throws SchedulerPanic;
//   sched/platform.ts   a clock the test sets, and wakeCore/waitForEvent
//                       recording their calls;
//   core_identity.ts    the real file: setCurrentCore plays another core.
// Each call of loadScheduler gives fresh module state (a new "boot").
import { DialectLoader, ModuleExports, float64BitsIntrinsics } from "../../lang/dialect_loader";
import { EmulatedMachine, RAM_START } from "../memory/emulated_machine";

export class SchedulerPanic extends Error {}

export interface SchedulerModules {
  record: ModuleExports & Record<string, number>;
  readyQueue: {
    enqueueReady(record: number): void;
    takeReady(): number;
    readyEmpty(): boolean;
    readyCount(): number;
  };
  sleepList: {
    NO_DEADLINE: number;
    insertSleeper(record: number): void;
    takeExpiredSleeper(now: number): number;
    earliestDeadline(): number;
    sleepersWaiting(): boolean;
  };
  mailbox: {
    pushMailbox(head: number, record: number): boolean;
    mailboxPending(head: number): boolean;
    takeMailbox(head: number): number;
    closeMailbox(head: number): number;
    nextInMailboxList(record: number): number;
  };
  sharedArea: {
    SLOT_COUNT: number;
    initialiseSharedArea(mainThreads: number): void;
    liveThreads(): number;
    threadStarted(): void;
    threadFinished(): number;
    mailboxHeadAddress(core: number): number;
    idleFlagAddress(core: number): number;
    slotAddress(slot: number): number;
  };
  threadTable: {
    JOIN_REGISTERED: number;
    JOIN_ALREADY_FINISHED: number;
    JOIN_ALREADY_JOINED: number;
    claimSlot(record: number): number;
    slotRecord(slot: number): number;
    idSlot(id: number): number;
    isPossibleId(id: number): boolean;
    registerJoiner(id: number, joinerSlot: number): number;
    releaseSlot(id: number): number;
    abandonSlot(id: number): number;
    setSlotSearchStart(slot: number): void;
  };
  idle: {
    waitForWork(deadline: number): void;
    postToCore(core: number, record: number): void;
    wakeEveryWaitingCore(): void;
  };
  coreIdentity: { setCurrentCore(core: number): void; setCoreCount(count: number): void };
}

export class SchedulerMachine {
  readonly machine: EmulatedMachine;
  /** The time-stamp counter that platform.cycles() returns. */
  now = 0;
  /** Cores woken through platform.wakeCore, in order. */
  readonly wakes: number[] = [];
  /** Deadlines of platform.waitForEvent calls, in order. */
  readonly waits: number[] = [];
  /** Called inside platform.waitForEvent: what another core does while this one waits. */
  onWait: () => void = () => undefined;
  /** Blocks given back through heap.free, in order. */
  readonly freed: number[] = [];
  private nextFree = RAM_START;
  private readonly interleavings = new Map<number, () => void>();

  constructor(ramBytes = 4 * 1024 * 1024) {
    this.machine = new EmulatedMachine(ramBytes);
  }

  /** A zeroed block of `bytes` (what allocateManual gives the files under test). */
  allocate(bytes: number): number {
    const block = this.nextFree;
    this.nextFree += Math.ceil(bytes / 16) * 16;
    if (this.nextFree > this.machine.ramEnd) throw new Error("emulated RAM exhausted");
    for (let offset = 0; offset < bytes; offset++) this.machine.view.setUint8(block + offset, 0);
    return block;
  }

  load64(address: number): number {
    return this.machine.load64(address);
  }

  store64(address: number, value: number): void {
    this.machine.store64(address, value);
  }

  /** Runs `action` once, right before the next compare-exchange on `address` compares. */
  beforeCompareExchange(address: number, action: () => void): void {
    this.interleavings.set(address, action);
  }

  loadScheduler(): SchedulerModules {
    const loader = new DialectLoader({ "toro/unsafe": this.unsafeModule() }, {}, { replacements: this.replacements() });
    const load = (name: string): ModuleExports => loader.load(`runtime/kernel/${name}.ts`);
    return {
      record: load("sched/thread_record"),
      readyQueue: load("sched/ready_queue"),
      sleepList: load("sched/sleep_list"),
      mailbox: load("sched/mailbox"),
      sharedArea: load("sched/shared_area"),
      threadTable: load("sched/thread_table"),
      idle: load("sched/idle"),
      coreIdentity: load("core_identity"),
    } as unknown as SchedulerModules;
  }

  private unsafeModule(): Record<string, unknown> {
    const view = this.machine.view;
    return {
      ...float64BitsIntrinsics(),
      load8: (address: number): number => view.getUint8(address),
      store8: (address: number, value: number): void => view.setUint8(address, value),
      load64: (address: number): number => this.load64(address),
      store64: (address: number, value: number): void => this.store64(address, value),
      atomicLoad64: (address: number): number => this.load64(address),
      atomicStore64: (address: number, value: number): void => this.store64(address, value),
      atomicFetchAdd64: (address: number, delta: number): number => {
        const previous = this.load64(address);
        this.store64(address, previous + delta);
        return previous;
      },
      atomicCompareExchange64: (address: number, expected: number, desired: number): boolean => {
        const interleaved = this.interleavings.get(address);
        if (interleaved) {
          this.interleavings.delete(address);
          interleaved();
        }
        if (this.load64(address) !== expected) return false;
        this.store64(address, desired);
        return true;
      },
    };
  }

  private replacements(): Record<string, ModuleExports> {
    return {
      "runtime/kernel/memory/heap.ts": {
        allocateManual: (bytes: number): number => this.allocate(bytes),
        free: (block: number): void => {
          this.freed.push(block);
        },
      },
      "runtime/kernel/memory/pools.ts": { MAXIMUM_CORES: 64 },
      "runtime/kernel/panic.ts": {
        panicWithoutLocation: (message: string): void => {
          throw new SchedulerPanic(message);
        },
      },
      "runtime/kernel/sched/platform.ts": {
        cycles: (): number => this.now,
        deadlineAfterMilliseconds: (milliseconds: number): number => this.now + milliseconds * 1000,
        wakeCore: (core: number): void => {
          this.wakes.push(core);
        },
        waitForEvent: (deadline: number): void => {
          this.waits.push(deadline);
          this.onWait();
        },
      },
    };
  }
}

/** A fresh machine with its scheduler modules loaded. */
export function bootScheduler(): { machine: SchedulerMachine; modules: SchedulerModules } {
  const machine = new SchedulerMachine();
  return { machine, modules: machine.loadScheduler() };
}

/** The SchedulerPanic that `action` throws (a failure when it throws none). */
export function expectPanic(action: () => unknown): SchedulerPanic {
  try {
    action();
  } catch (error) {
    if (error instanceof SchedulerPanic) return error;
    throw error;
  }
  throw new Error("expected a scheduler panic");
}

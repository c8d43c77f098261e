// The collector sees every thread (runtime/kernel/sched/collector_hook.ts
// through memory/roots.ts's setSuspendedStacksMarker): a block referenced
// only from a suspended thread's stack, between its saved stack pointer and
// its top, survives a collection; words below the saved stack pointer, the
// running thread's record and a context never suspended are not roots
// through the hook. The memory system runs on an EmulatedMachine
// (tests/runtime/kernel/memory), and thread stacks are manual blocks there.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ModuleExports } from "../../lang/dialect_loader";
import { EmulatedMachine, RAM_START, STACK_TOP } from "../memory/emulated_machine";

const MIB = 1024 * 1024;
const STACK_BYTES = 4096;

interface Kernel {
  heap: { __toro_alloc(size: number): number; allocateManual(size: number): number; collectThisCore(): void };
  pools: { initialisePools(start: number, end: number, cores: number): void };
  roots: { setStackTop(top: number): void; setSuspendedStacksMarker(marker: (pool: number) => void): void };
  statistics: { usedBytes(): number };
  hook: { markSuspendedStacks(pool: number): void };
  resident: { addResident(record: number): void };
  running: { setRunningRecord(record: number): void };
  record: ModuleExports & Record<string, number>;
}

function boot(): { machine: EmulatedMachine; kernel: Kernel } {
  const machine = new EmulatedMachine(16 * MIB);
  const loader = machine.loader();
  const load = (name: string): ModuleExports => loader.load(`runtime/kernel/${name}.ts`);
  const kernel = {
    heap: load("memory/heap"),
    pools: load("memory/pools"),
    roots: load("memory/roots"),
    statistics: load("memory/statistics"),
    hook: load("sched/collector_hook"),
    resident: load("sched/resident_threads"),
    running: load("sched/running_thread"),
    record: load("sched/thread_record"),
  } as unknown as Kernel;
  kernel.pools.initialisePools(RAM_START, machine.ramEnd, 1);
  kernel.roots.setStackTop(STACK_TOP);
  return { machine, kernel };
}

/** A resident thread record whose stack is a fresh manual block; `saved` bytes above its base. */
function thread(machine: EmulatedMachine, kernel: Kernel, savedOffset: number): { record: number; stack: number } {
  const record = kernel.heap.allocateManual(kernel.record.RECORD_BYTES);
  const stack = kernel.heap.allocateManual(STACK_BYTES);
  machine.store64(record + kernel.record.RECORD_SAVED_STACK_POINTER, savedOffset === 0 ? 0 : stack + savedOffset);
  machine.store64(record + kernel.record.RECORD_STACK_TOP, stack + STACK_BYTES);
  kernel.resident.addResident(record);
  return { record, stack };
}

test("a block held only on a suspended thread's stack survives; one below its saved stack pointer does not", () => {
  const { machine, kernel } = boot();
  kernel.roots.setSuspendedStacksMarker(kernel.hook.markSuspendedStacks);
  const suspended = thread(machine, kernel, 1024);
  const running = thread(machine, kernel, 0);
  kernel.running.setRunningRecord(running.record);
  const held = kernel.heap.__toro_alloc(48);
  const stale = kernel.heap.__toro_alloc(48);
  machine.store64(held, 4242);
  machine.store64(suspended.stack + 2048, held);
  machine.store64(suspended.stack + 512, stale);
  const used = kernel.statistics.usedBytes();
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), used - 48, "only the block below the saved stack pointer went");
  assert.is(machine.load64(held), 4242, "the held block is intact");
});

test("without the hook the same block is reclaimed (the hook is what keeps it)", () => {
  const { machine, kernel } = boot();
  const suspended = thread(machine, kernel, 1024);
  const held = kernel.heap.__toro_alloc(48);
  machine.store64(suspended.stack + 2048, held);
  const used = kernel.statistics.usedBytes();
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), used - 48);
});

test("the running thread's record range is not scanned through the hook (its live stack is, by roots.ts)", () => {
  const { machine, kernel } = boot();
  kernel.roots.setSuspendedStacksMarker(kernel.hook.markSuspendedStacks);
  const running = thread(machine, kernel, 1024);
  kernel.running.setRunningRecord(running.record);
  const stale = kernel.heap.__toro_alloc(48);
  machine.store64(running.stack + 2048, stale);
  const kept = kernel.heap.__toro_alloc(48);
  machine.pushStackRoot(kept);
  const used = kernel.statistics.usedBytes();
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), used - 48, "the live stack's root kept its block; the stale saved range did not");
});

test("a context that was never suspended (saved stack pointer 0) is skipped", () => {
  const { machine, kernel } = boot();
  kernel.roots.setSuspendedStacksMarker(kernel.hook.markSuspendedStacks);
  const fresh = thread(machine, kernel, 0);
  kernel.running.setRunningRecord(0);
  const block = kernel.heap.__toro_alloc(48);
  machine.store64(fresh.stack + 2048, block);
  const used = kernel.statistics.usedBytes();
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), used - 48);
});

test.run();

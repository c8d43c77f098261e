// Threads: the scheduler's interface, for toro/kernel (index.ts) and for the
// kernel's start-up code.
//
// For programs (through toro/kernel):
//   spawnThread(entry, argument, core)  a new thread on `core` (any core,
//       this one included) that runs entry(argument) in that core's program
//       instance (its module variables are that core's); returns its id at
//       once, a positive i32. A function value cannot carry data (there are
//       no closures), so the i64 argument is how the entry finds its work:
//       an index, a count, a rank.
//   joinThread(id)      waits until thread `id` has finished (from any core;
//       at once if it has). One thread at a time may wait for a given thread.
//   yieldThread()       SysThreadSwitch: lets every other ready thread of this
//       core run once, in the order they became ready, then returns.
//   sleepThread(ms)     suspends the caller for at least `ms` milliseconds
//       (fractions allowed; 0, negative or NaN just yields).
//   exitThread()        ends the calling thread, as returning from its entry
//       does.
//   currentThreadId()   the calling thread's id.
// For runtime subsystems whose threads wait for other cores' stores
// (runtime/virtio), with event_poller.ts's setEventPoller:
//   currentThreadHandle()  the running thread, as blockedThread and
//       unblockThreadHandle know it (its record's address);
//   blockCurrentThread()   suspends the caller until the core's event
//       poller passes its handle to unblockThreadHandle;
//   anotherThreadReady()   whether yielding now would run another thread;
//   instanceEnded(core)    whether `core`'s program instance has ended (exit),
//       so that nothing it would have done will ever happen.
// For the kernel (the SMP start-up code, once per core):
//   initialiseScheduler(coreCount)  on the boot core, before the other cores
//       start: the shared area, with one main thread counted per core.
//   runMainThread(entry)  runs entry() (the program) as the core's main
//       thread and returns when every thread of every core has finished.
//   endThreadsOfThisCore()  when the core's instance ends early (exit): its
//       unfinished threads count as finished, so that other cores do not
//       wait for them, and spawning onto the core becomes a panic.
// A kernel that calls neither still gets threads: the first call of the
// functions above makes the code running at that moment the core's first
// thread (one core only). Returning from the program then ends the run even
// if threads are still alive, so such a program joins its threads first.
import { coreCount } from "../core_identity";
import { enableWakeInterrupts, installWakeInterrupt } from "../arch/x86_64/wake_interrupts";
import { setSuspendedStacksMarker } from "../memory/roots";
import { panicWithoutLocation } from "../panic";
import { markSuspendedStacks } from "./collector_hook";
import { __toro_thread_entry_address } from "./context";
import { deadlineAfterMilliseconds } from "./platform";
import { runningRecord } from "./running_thread";
import { mailboxClosed } from "./mailbox";
import {
  abandonThreadsOfThisCore,
  adoptRunningContext,
  blockRunningThread,
  finishRunningThread,
  joinId,
  otherThreadReady,
  runMain,
  sleepUntil,
  spawnRecord,
  unblockThread,
  yieldToReady,
} from "./scheduler";
import { initialiseSharedArea, mailboxHeadAddress, sharedAreaReady } from "./shared_area";
import { threadId } from "./thread_record";

export function initialiseScheduler(mainThreads: i32): void {
  initialiseSharedArea(mainThreads);
  installWakeInterrupt();
}

export function runMainThread(entry: () => void): void {
  if (!sharedAreaReady()) {
    panicWithoutLocation("runMainThread before initialiseScheduler (on the boot core, before other cores start)");
  }
  if (runningRecord() !== 0) {
    panicWithoutLocation("runMainThread on a core whose scheduler already runs");
  }
  setSuspendedStacksMarker(markSuspendedStacks);
  enableWakeInterrupts();
  runMain(entry);
}

export function endThreadsOfThisCore(): void {
  if (sharedAreaReady()) {
    abandonThreadsOfThisCore();
  }
}

export function spawnThread(entry: (argument: i64) => void, argument: i64, core: i32): i32 {
  ensureStarted();
  if (core < 0 || core >= coreCount()) {
    panicWithoutLocation(`spawn on core ${core}, which does not exist (cores are 0 to ${coreCount() - 1})`);
  }
  return spawnRecord(__toro_thread_entry_address(entry), argument, core);
}

export function joinThread(id: i32): void {
  ensureStarted();
  joinId(id);
}

export function yieldThread(): void {
  ensureStarted();
  yieldToReady();
}

export function sleepThread(milliseconds: f64): void {
  ensureStarted();
  if (!(milliseconds > 0)) {
    yieldToReady();
    return;
  }
  sleepUntil(deadlineAfterMilliseconds(milliseconds));
}

export function exitThread(): void {
  ensureStarted();
  finishRunningThread();
}

export function currentThreadId(): i32 {
  ensureStarted();
  return threadId(runningRecord());
}

export function currentThreadHandle(): usize {
  ensureStarted();
  return runningRecord();
}

export function blockCurrentThread(): void {
  ensureStarted();
  blockRunningThread();
}

export function unblockThreadHandle(handle: usize): void {
  unblockThread(handle);
}

export function anotherThreadReady(): boolean {
  ensureStarted();
  return otherThreadReady();
}

export function instanceEnded(core: i32): boolean {
  return sharedAreaReady() && mailboxClosed(mailboxHeadAddress(core));
}

/** Starts the scheduler on this core around the running code, if runMainThread did not. */
function ensureStarted(): void {
  if (runningRecord() === 0) {
    setSuspendedStacksMarker(markSuspendedStacks);
    adoptRunningContext();
  }
}

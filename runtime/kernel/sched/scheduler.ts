// The per-core cooperative scheduler: which thread runs next, and the
// switch to it. No preemption: a thread runs until it yields, sleeps, joins
// or finishes, and only then does its core choose another.
//
// Each core schedules only its own threads, with per-core state (module
// variables: the ready queue, the sleep list, the resident list, the running
// thread); other cores reach it only through its mailbox (idle.ts) and the
// thread table (thread_table.ts). A thread stays on the core it was spawned
// for and runs in that core's program instance.
//
// Choosing (chooseNext): take the mailbox (new threads are given a stack and
// made ready, woken joiners made ready), wake the sleepers whose deadline has
// passed, let the event poller make ready the blocked threads whose event
// has come (event_poller.ts), then run the thread that has been ready longest. With nothing
// ready the core waits (idle.ts) until something arrives or the earliest
// sleeper is due, except in two cases: when no thread is alive anywhere
// (the live count is 0) the core resumes runMainThread's context, which
// returns; and when this is the only core and nothing can ever become ready
// (no sleeper, no mail), the program has deadlocked, which is a panic.
//
// Switching (switchTo): the running thread's context is saved on its own
// stack (context_switch.s), `running`, the collector's stack top
// (memory/roots.ts setStackTop) and the thread name panic reports give
// ("main" for a thread on the core's own stack, else "spawned": a literal,
// so that a switch allocates nothing) are set for the incoming thread, and
// its context is resumed. A finished thread cannot free its own stack while on
// it, so the thread that runs next frees it (reapFinishedThread, right
// after every switch and at the start of every new thread).
//
// The main thread and the end of the program (runMain): the core's first
// thread runs the program's top-level code on the stack the core started
// on, below a saved "end context" of runMain's caller. The program has
// finished when every thread of every core has finished (the live count,
// shared_area.ts, reaches 0); each core then resumes its end context and
// runMain returns. A main thread that returns while other threads run
// simply finishes like any thread: the others keep running, as Node keeps
// running while timers are pending. Waiting for all cores rather than for
// this core's threads alone means a core never stops while another core
// could still spawn a thread onto it.
import { load64, store64 } from "toro/unsafe";
import { coreCount, currentCore } from "../core_identity";
import { exitKernel } from "../exit";
import { allocateManual, free } from "../memory/heap";
import { currentStackTop, setStackTop } from "../memory/roots";
import { panicWithoutLocation, setReportedThreadName } from "../panic";
import { __toro_context_enter, __toro_context_initialise, __toro_context_switch } from "./context";
import { pollEvents } from "./event_poller";
import { postToCore, waitForWork, wakeEveryWaitingCore } from "./idle";
import { closeMailbox, mailboxPending, nextInMailboxList, takeMailbox } from "./mailbox";
import { cycles } from "./platform";
import { enqueueReady, readyEmpty, takeReady } from "./ready_queue";
import { addResident, firstResident, nextResident, removeResident } from "./resident_threads";
import { endContextRecord, runningRecord, setEndContextRecord, setRunningRecord } from "./running_thread";
import { liveThreads, mailboxHeadAddress, threadFinished, threadStarted, SLOT_COUNT } from "./shared_area";
import { earliestDeadline, insertSleeper, sleepersWaiting, takeExpiredSleeper } from "./sleep_list";
import { allocateStack, freeStack, stackIntact, stackTopOf } from "./stacks";
import {
  JOIN_ALREADY_JOINED,
  JOIN_REGISTERED,
  abandonSlot,
  claimSlot,
  idSlot,
  isPossibleId,
  registerJoiner,
  releaseSlot,
  setSlotSearchStart,
  slotRecord,
} from "./thread_table";
import {
  RECORD_ARGUMENT,
  RECORD_BYTES,
  RECORD_CORE,
  RECORD_ENTRY,
  RECORD_ID,
  RECORD_SAVED_STACK_POINTER,
  RECORD_STACK_BLOCK,
  RECORD_STACK_TOP,
  STATE_AWAITING_END,
  STATE_BLOCKED,
  STATE_FINISHED,
  STATE_JOINING,
  STATE_NEW,
  STATE_READY,
  STATE_RUNNING,
  STATE_SLEEPING,
  recordField,
  setDeadline,
  setRecordField,
  setThreadState,
  threadCore,
  threadId,
  threadState,
} from "./thread_record";

/** Cores start their search for a vacant thread-table slot this far apart. */
const SLOT_SEARCH_SPACING: usize = 64;

/** A finished thread whose record and stack wait to be freed by the next thread, 0 when none. */
let finishedThread: usize = 0;

/**
 * Runs `entry` as this core's main thread and returns when every thread of
 * every core has finished (see the overview). The shared area must exist
 * (initialiseScheduler on the boot core).
 */
export function runMain(entry: () => void): void {
  startCore();
  const context: usize = newRecord(currentCore());
  const main: usize = newRecord(currentCore());
  setRecordField(context, RECORD_STACK_TOP, currentStackTop());
  setThreadState(context, STATE_AWAITING_END);
  setRecordField(main, RECORD_STACK_TOP, currentStackTop());
  setThreadState(main, STATE_RUNNING);
  setRecordField(main, RECORD_ID, usize(claimSlot(main)));
  addResident(context);
  addResident(main);
  setEndContextRecord(context);
  setRunningRecord(main);
  __toro_context_enter(context + RECORD_SAVED_STACK_POINTER, entry, 0, beginThread, finishRunningThread);
  // Resumed by switchTo: no thread is alive anywhere.
  reapFinishedThread();
  removeResident(context);
  free(context);
  setEndContextRecord(0);
  setRunningRecord(0);
}

/**
 * Makes the code running now this core's first thread, for kernels that
 * run the program without runMain. Counted as alive, like a main thread.
 */
export function adoptRunningContext(): void {
  startCore();
  const main: usize = newRecord(currentCore());
  setRecordField(main, RECORD_STACK_TOP, currentStackTop());
  setThreadState(main, STATE_RUNNING);
  setRecordField(main, RECORD_ID, usize(claimSlot(main)));
  threadStarted();
  addResident(main);
  setRunningRecord(main);
}

function startCore(): void {
  setSlotSearchStart(usize(currentCore()) * SLOT_SEARCH_SPACING);
}

/**
 * Creates a thread on `core` that will run the function at address `entry`
 * with `argument`, and returns its id. On this core it is ready at once;
 * another core receives it through its mailbox.
 */
export function spawnRecord(entry: usize, argument: i64, core: i32): i32 {
  const record: usize = newRecord(core);
  setRecordField(record, RECORD_ENTRY, entry);
  store64(record + RECORD_ARGUMENT, u64(argument));
  setThreadState(record, STATE_NEW);
  const id: i32 = claimSlot(record);
  setRecordField(record, RECORD_ID, usize(id));
  threadStarted();
  if (core === currentCore()) {
    admitThread(record);
  } else if (!postToCore(core, record)) {
    abandonSlot(id);
    threadFinished();
    free(record);
    panicWithoutLocation("spawn onto a core whose program instance has ended (exit)");
  }
  return id;
}

/** Lets every other ready thread of this core run once before the caller goes on. */
export function yieldToReady(): void {
  readyWaitingThreads();
  if (readyEmpty()) {
    return;
  }
  const current: usize = runningRecord();
  setThreadState(current, STATE_READY);
  enqueueReady(current);
  switchTo(chooseNext());
}

/**
 * Suspends the running thread until this core's event poller passes its
 * record to unblockThread. The caller has left the record (runningRecord())
 * where its poller will find it, and its event can still come: nothing else
 * resumes the thread.
 */
export function blockRunningThread(): void {
  const current: usize = runningRecord();
  setThreadState(current, STATE_BLOCKED);
  switchTo(chooseNext());
}

/** Makes a thread of this core that blockRunningThread suspended ready again (else does nothing). */
export function unblockThread(record: usize): void {
  if (threadState(record) === STATE_BLOCKED && threadCore(record) === currentCore()) {
    makeReady(record);
  }
}

/** True when another thread of this core is ready to run (the running one is not counted). */
export function otherThreadReady(): boolean {
  return !readyEmpty() || mailboxPending(mailboxHeadAddress(currentCore()));
}

/** Suspends the running thread until the time-stamp counter reaches `wakeAt`. */
export function sleepUntil(wakeAt: u64): void {
  const current: usize = runningRecord();
  setDeadline(current, wakeAt);
  setThreadState(current, STATE_SLEEPING);
  insertSleeper(current);
  switchTo(chooseNext());
}

/** Waits until thread `id` has finished (at once if it has). */
export function joinId(id: i32): void {
  const current: usize = runningRecord();
  if (!isPossibleId(id)) {
    panicWithoutLocation("join of a number that is not a thread id (spawn returns the ids)");
  }
  if (id === threadId(current)) {
    panicWithoutLocation("a thread cannot join itself");
  }
  // JOINING before the registration: once registered, the joined thread's
  // core may post this record back at any moment, and the wake-up is
  // recognised by this state (receiveMailbox).
  setThreadState(current, STATE_JOINING);
  const outcome: i32 = registerJoiner(id, idSlot(threadId(current)));
  if (outcome === JOIN_REGISTERED) {
    switchTo(chooseNext());
    return;
  }
  setThreadState(current, STATE_RUNNING);
  if (outcome === JOIN_ALREADY_JOINED) {
    panicWithoutLocation("join of a thread that another thread already joins");
  }
}

/** Ends the running thread: wakes its joiner, counts it finished, runs the next thread. Never returns. */
export function finishRunningThread(): void {
  const current: usize = runningRecord();
  const joiner: usize = releaseSlot(threadId(current));
  if (joiner !== SLOT_COUNT) {
    wakeThread(slotRecord(joiner));
  }
  removeResident(current);
  setThreadState(current, STATE_FINISHED);
  finishedThread = current;
  if (threadFinished() === 0) {
    wakeEveryWaitingCore();
  }
  switchTo(chooseNext());
  panicWithoutLocation("a finished thread was resumed");
}

/** The first thing every thread runs (context_switch.s's trampoline calls it). */
function beginThread(): void {
  reapFinishedThread();
}

/** A zeroed record for a thread of `core`. */
function newRecord(core: i32): usize {
  const record: usize = allocateManual(RECORD_BYTES);
  setRecordField(record, RECORD_CORE, usize(core));
  return record;
}

/** Gives a new thread of this core its stack and first context, and makes it ready. */
function admitThread(record: usize): void {
  const block: usize = allocateStack();
  const top: usize = stackTopOf(block);
  setRecordField(record, RECORD_STACK_BLOCK, block);
  setRecordField(record, RECORD_STACK_TOP, top);
  const argument: i64 = i64(load64(record + RECORD_ARGUMENT));
  const saved: usize = __toro_context_initialise(top, recordField(record, RECORD_ENTRY), argument, beginThread, finishRunningThread);
  setRecordField(record, RECORD_SAVED_STACK_POINTER, saved);
  addResident(record);
  makeReady(record);
}

function makeReady(record: usize): void {
  setThreadState(record, STATE_READY);
  enqueueReady(record);
}

/**
 * Makes a joining thread of any core ready. A thread of a core whose
 * instance has ended is not woken: it was abandoned with its core.
 */
function wakeThread(record: usize): void {
  if (threadCore(record) === currentCore()) {
    makeReady(record);
  } else {
    postToCore(threadCore(record), record);
  }
}

/**
 * This core's program instance is ending (exit) while threads of it may
 * still be alive: each of them, and each thread on its way to it through
 * its mailbox, counts as finished (its joiners on other cores are woken,
 * and the program's end is not held up by it), and the mailbox closes, so
 * that a later spawn onto this core is a panic. Nothing is freed and no
 * switch happens: the caller stops the core.
 */
export function abandonThreadsOfThisCore(): void {
  let record: usize = firstResident();
  while (record !== 0) {
    const following: usize = nextResident(record);
    if (record !== endContextRecord()) {
      abandonThread(record);
    }
    record = following;
  }
  let arriving: usize = closeMailbox(mailboxHeadAddress(currentCore()));
  // Threads of other cores may be blocked on this instance (a message to or
  // from it); their cores look again, and their pollers see it has ended.
  wakeEveryWaitingCore();
  while (arriving !== 0) {
    const following: usize = nextInMailboxList(arriving);
    if (threadState(arriving) === STATE_NEW) {
      abandonThread(arriving);
    }
    arriving = following;
  }
}

function abandonThread(record: usize): void {
  const joiner: usize = abandonSlot(threadId(record));
  if (joiner !== SLOT_COUNT && threadCore(slotRecord(joiner)) !== currentCore()) {
    wakeThread(slotRecord(joiner));
  }
  if (threadFinished() === 0) {
    wakeEveryWaitingCore();
  }
}

/** The next thread to run, waiting for one if need be (see the overview). */
function chooseNext(): usize {
  while (true) {
    readyWaitingThreads();
    const next: usize = takeReady();
    if (next !== 0) {
      return next;
    }
    if (liveThreads() === 0) {
      return programEnded();
    }
    reportCertainDeadlock();
    waitForWork(earliestDeadline());
  }
  return 0;
}

/** Makes ready every thread whose wait is over: arrivals by mailbox, due sleepers, blocked threads whose event came. */
function readyWaitingThreads(): void {
  receiveMailbox();
  wakeExpiredSleepers();
  pollEvents();
}

/** Takes this core's mailbox: new threads are admitted, woken joiners made ready, in posting order. */
function receiveMailbox(): void {
  const head: usize = mailboxHeadAddress(currentCore());
  if (!mailboxPending(head)) {
    return;
  }
  let record: usize = takeMailbox(head);
  while (record !== 0) {
    const following: usize = nextInMailboxList(record);
    if (threadState(record) === STATE_NEW) {
      admitThread(record);
    } else {
      makeReady(record);
    }
    record = following;
  }
}

function wakeExpiredSleepers(): void {
  if (!sleepersWaiting()) {
    return;
  }
  const now: u64 = cycles();
  let record: usize = takeExpiredSleeper(now);
  while (record !== 0) {
    makeReady(record);
    record = takeExpiredSleeper(now);
  }
}

/**
 * No thread is alive anywhere: runMain's context, which then returns. A
 * kernel without runMain has nothing to return to, and ends the run as
 * returning from the program does.
 */
function programEnded(): usize {
  const context: usize = endContextRecord();
  if (context === 0) {
    exitKernel(0);
  }
  return context;
}

/**
 * On a single core, nothing ready, no sleeper and no mail mean that nothing
 * can ever run again: every thread waits to join, or waits for an event
 * (a message) that only a thread of this core could cause.
 */
function reportCertainDeadlock(): void {
  if (coreCount() === 1 && !sleepersWaiting() && !mailboxPending(mailboxHeadAddress(currentCore()))) {
    panicWithoutLocation("deadlock: every thread waits (to join, or for a message) for something no thread can do");
  }
}

/** Runs `next` in place of the running thread; returns when the caller is resumed. */
function switchTo(next: usize): void {
  const current: usize = runningRecord();
  setThreadState(next, STATE_RUNNING);
  if (next === current) {
    return;
  }
  checkStack(current);
  // Nothing allocates from here to the switch: a collection would see the
  // new stack top with the old stack pointer.
  setRunningRecord(next);
  setStackTop(recordField(next, RECORD_STACK_TOP));
  setReportedThreadName(recordField(next, RECORD_STACK_BLOCK) === 0 ? "main" : "spawned");
  __toro_context_switch(current + RECORD_SAVED_STACK_POINTER, recordField(next, RECORD_SAVED_STACK_POINTER));
  reapFinishedThread();
}

function checkStack(record: usize): void {
  const block: usize = recordField(record, RECORD_STACK_BLOCK);
  if (block !== 0 && !stackIntact(block)) {
    panicWithoutLocation("a thread ran past the bottom of its 64 KiB stack");
  }
}

/** Frees the finished thread's stack and record, now that the core has left that stack. */
function reapFinishedThread(): void {
  const record: usize = finishedThread;
  if (record === 0 || record === runningRecord()) {
    return;
  }
  finishedThread = 0;
  const block: usize = recordField(record, RECORD_STACK_BLOCK);
  if (block !== 0) {
    freeStack(block);
  }
  free(record);
}

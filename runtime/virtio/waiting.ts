// How a thread waits for the other side of a queue: first by polling, then
// by blocking so that its core can run other threads or halt.
//
// A wait is for a 16-bit index to move away from the value the caller last
// saw (avail.idx for a receiver, used.idx for a sender), or for the peer's
// program instance to end (then it never will). A wait on every queue into
// this core (a receive from any core) ends when any of them has a message,
// or when every other core's instance has ended.
//
// 1. Poll for SPIN_MICROSECONDS: re-read the index with `pause` between
//    reads, and every POLLS_PER_CHECK reads let other ready threads of this
//    core run. A reply that comes within microseconds (the common case in
//    MPI) is seen within a cache-line transfer, with no interrupt.
// 2. Then block: record a waiter (thread, index, value seen, peer, request
//    flag), ask the other side to notify (notification.ts), and leave the
//    core to the scheduler, which runs other threads or halts. This core's
//    event poller (pollWaiters, installed by bus.ts) re-reads every waiter's
//    index whenever the core chooses a thread and right before it halts, and
//    makes ready the threads whose index moved.
// Waiter records are manual blocks on a per-core list (a module variable);
// only the core itself touches them. A request flag is set back to "do not
// notify" when the last waiter that needs it leaves.
import { atomicLoadAcquire16, load64, store16, store64 } from "toro/unsafe";
import { pause } from "toro/x86_64";
import { coreCount, currentCore } from "../kernel/core_identity";
import { allocateManual, free } from "../kernel/memory/heap";
import { setEventPoller } from "../kernel/sched/event_poller";
import {
  anotherThreadReady,
  blockCurrentThread,
  currentThreadHandle,
  instanceEnded,
  unblockThreadHandle,
  yieldThread,
} from "../kernel/sched/threads";
import { cycleFrequency, cyclesSinceBoot } from "../kernel/time/clock";
import { queueAddress } from "./queue_directory";
import { availableIndexAddress, consumedIndex, usedFlagsAddress } from "./receive";

/** How long a waiter polls before it blocks. */
const SPIN_MICROSECONDS: f64 = 50;
/** Reads of the index between looks at the clock and at other ready threads. */
const POLLS_PER_CHECK: u32 = 64;

/** `watched` for a wait on every queue into this core. */
export const EVERY_INCOMING_QUEUE: usize = 0;
/** `peer` for a wait on every queue into this core. */
export const EVERY_PEER: i32 = -1;

// A waiter record.
const WAITER_NEXT: usize = 0;
const WAITER_THREAD: usize = 8;
const WAITER_WATCHED: usize = 16;
const WAITER_SEEN: usize = 24;
const WAITER_PEER: usize = 32;
/** The flag the waiter cleared to ask for a notification (0 for every incoming queue's used.flags). */
const WAITER_REQUEST: usize = 40;
const WAITER_BYTES: usize = 48;

/** The flags' "do not notify me" value (VIRTQ_USED_F_NO_NOTIFY, VIRTQ_AVAIL_F_NO_INTERRUPT). */
const NOTIFICATION_OFF: u16 = 1;
const NOTIFICATION_ON: u16 = 0;

/** This core's blocked waiters, 0 when none. */
let firstWaiter: usize = 0;
/** SPIN_MICROSECONDS in TSC cycles. */
let spinCycles: u64 = 0;

/** Sets this core's waiting up: the spin length and the event poller. */
export function initialiseWaiting(): void {
  spinCycles = u64(cycleFrequency() * SPIN_MICROSECONDS / 1000000);
  setEventPoller(pollWaiters);
}

/**
 * Waits until the 16-bit index at `watched` differs from `seen` or `peer`'s
 * instance has ended (EVERY_INCOMING_QUEUE and EVERY_PEER: see above). To
 * be told while blocked, the waiter clears the flag at `request` (its own
 * side's flag of that queue; ignored for EVERY_INCOMING_QUEUE, which uses
 * every incoming queue's used.flags). May return early: callers look again.
 */
export function awaitIndexChange(watched: usize, seen: u16, peer: i32, request: usize): void {
  if (pollForChange(watched, seen, peer)) {
    return;
  }
  const waiter: usize = allocateManual(WAITER_BYTES);
  store64(waiter + WAITER_THREAD, u64(currentThreadHandle()));
  store64(waiter + WAITER_WATCHED, u64(watched));
  store64(waiter + WAITER_SEEN, u64(seen));
  store64(waiter + WAITER_PEER, u64(i64(peer)));
  store64(waiter + WAITER_REQUEST, u64(request));
  store64(waiter + WAITER_NEXT, u64(firstWaiter));
  firstWaiter = waiter;
  setRequests(request, NOTIFICATION_ON);
  blockCurrentThread();
  // pollWaiters unlinked the record before it made this thread ready.
  releaseRequests(request);
  free(waiter);
}

/** Polls for SPIN_MICROSECONDS, letting other ready threads run meanwhile; true when the change came. */
function pollForChange(watched: usize, seen: u16, peer: i32): boolean {
  const deadline: u64 = cyclesSinceBoot() + spinCycles;
  let polls: u32 = 0;
  while (!changed(watched, seen, peer)) {
    pause();
    polls++;
    if (polls % POLLS_PER_CHECK === 0) {
      if (cyclesSinceBoot() > deadline) {
        return false;
      }
      if (anotherThreadReady()) {
        yieldThread();
      }
    }
  }
  return true;
}

function changed(watched: usize, seen: u16, peer: i32): boolean {
  if (watched === EVERY_INCOMING_QUEUE) {
    return anyIncomingMessage() || everyOtherInstanceEnded();
  }
  return atomicLoadAcquire16(watched) !== seen || instanceEnded(peer);
}

function anyIncomingMessage(): boolean {
  const receiver: i32 = currentCore();
  for (let sender: i32 = 0; sender < coreCount(); sender++) {
    const queue: usize = queueAddress(sender, receiver);
    if (atomicLoadAcquire16(availableIndexAddress(queue)) !== consumedIndex(queue)) {
      return true;
    }
  }
  return false;
}

function everyOtherInstanceEnded(): boolean {
  for (let core: i32 = 0; core < coreCount(); core++) {
    if (core !== currentCore() && !instanceEnded(core)) {
      return false;
    }
  }
  return coreCount() > 1;
}

/** The event poller: makes ready, and unlinks, every waiter whose index moved. */
function pollWaiters(): boolean {
  let readied: boolean = false;
  let previous: usize = 0;
  let waiter: usize = firstWaiter;
  while (waiter !== 0) {
    const following: usize = usize(load64(waiter + WAITER_NEXT));
    const watched: usize = usize(load64(waiter + WAITER_WATCHED));
    const seen: u16 = u16(load64(waiter + WAITER_SEEN));
    const peer: i32 = i32(i64(load64(waiter + WAITER_PEER)));
    if (changed(watched, seen, peer)) {
      if (previous === 0) {
        firstWaiter = following;
      } else {
        store64(previous + WAITER_NEXT, u64(following));
      }
      unblockThreadHandle(usize(load64(waiter + WAITER_THREAD)));
      readied = true;
    } else {
      previous = waiter;
    }
    waiter = following;
  }
  return readied;
}

function setRequests(request: usize, value: u16): void {
  if (request !== EVERY_INCOMING_QUEUE) {
    store16(request, value);
    return;
  }
  const receiver: i32 = currentCore();
  for (let sender: i32 = 0; sender < coreCount(); sender++) {
    store16(usedFlagsAddress(queueAddress(sender, receiver)), value);
  }
}

/** Turns the request at `request` off again unless a remaining waiter still needs it. */
function releaseRequests(request: usize): void {
  if (request !== EVERY_INCOMING_QUEUE) {
    if (!requestStillNeeded(request)) {
      store16(request, NOTIFICATION_OFF);
    }
    return;
  }
  const receiver: i32 = currentCore();
  for (let sender: i32 = 0; sender < coreCount(); sender++) {
    const flag: usize = usedFlagsAddress(queueAddress(sender, receiver));
    if (!requestStillNeeded(flag)) {
      store16(flag, NOTIFICATION_OFF);
    }
  }
}

/**
 * True when a remaining waiter asked through `flag`: one with that very
 * flag, or a wait on every incoming queue when `flag` is one of their
 * used.flags.
 */
function requestStillNeeded(flag: usize): boolean {
  let waiter: usize = firstWaiter;
  while (waiter !== 0) {
    const request: usize = usize(load64(waiter + WAITER_REQUEST));
    if (request === flag || (request === EVERY_INCOMING_QUEUE && isIncomingUsedFlags(flag))) {
      return true;
    }
    waiter = usize(load64(waiter + WAITER_NEXT));
  }
  return false;
}

function isIncomingUsedFlags(flag: usize): boolean {
  const receiver: i32 = currentCore();
  for (let sender: i32 = 0; sender < coreCount(); sender++) {
    if (usedFlagsAddress(queueAddress(sender, receiver)) === flag) {
      return true;
    }
  }
  return false;
}

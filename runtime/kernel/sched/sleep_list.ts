// The core's sleeping threads, ordered by deadline (time-stamp counter
// values), earliest first; threads with equal deadlines stay in the order
// they went to sleep. Linked through RECORD_QUEUE_NEXT (a sleeping thread is
// on no ready queue); only the core itself touches it. Insertion walks the
// list, which is short in the programs this kernel runs (a few threads per
// core); waking looks only at the front.
import { load64, store64 } from "toro/unsafe";
import { RECORD_QUEUE_NEXT, deadline } from "./thread_record";

/**
 * No deadline: what earliestDeadline gives for an empty list; the same
 * 2^62 cycles as time/deadline.ts's never(), decades at any clock rate and
 * exact as a double (Node tests).
 */
export const NO_DEADLINE: u64 = 0x4000000000000000;

let first: usize = 0;

/** Adds `record`, whose RECORD_DEADLINE is set, after every sleeper whose deadline is not later. */
export function insertSleeper(record: usize): void {
  const wakeAt: u64 = deadline(record);
  if (first === 0 || deadline(first) > wakeAt) {
    store64(record + RECORD_QUEUE_NEXT, u64(first));
    first = record;
    return;
  }
  let previous: usize = first;
  let following: usize = nextSleeper(previous);
  while (following !== 0 && deadline(following) <= wakeAt) {
    previous = following;
    following = nextSleeper(following);
  }
  store64(record + RECORD_QUEUE_NEXT, u64(following));
  store64(previous + RECORD_QUEUE_NEXT, u64(record));
}

/** The first sleeper whose deadline is at or before `now`, taken off the list; 0 when none is due. */
export function takeExpiredSleeper(now: u64): usize {
  if (first === 0 || deadline(first) > now) {
    return 0;
  }
  const record: usize = first;
  first = nextSleeper(record);
  store64(record + RECORD_QUEUE_NEXT, 0);
  return record;
}

export function earliestDeadline(): u64 {
  return first === 0 ? NO_DEADLINE : deadline(first);
}

export function sleepersWaiting(): boolean {
  return first !== 0;
}

function nextSleeper(record: usize): usize {
  return usize(load64(record + RECORD_QUEUE_NEXT));
}

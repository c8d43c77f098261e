// A core's mailbox: how other cores hand it threads. Two kinds of record
// arrive (the receiver tells them apart by their state, thread_record.ts):
//   STATE_NEW      a thread spawned for this core by another (spawn);
//   STATE_JOINING  a thread of this core whose join another core's finishing
//                  thread has just satisfied (a wake-up).
// Only records travel, so posting allocates nothing, and a record is on at
// most one mailbox at a time (a new thread is posted once; a joining thread
// is woken once), which leaves its RECORD_MAILBOX_NEXT word free to link it.
//
// The mailbox is a Treiber stack (as memory/remote_free.ts):
//  - any core pushes: read the head, write it into the record's link,
//    compare-exchange the head from that value to the record, retry on
//    failure;
//  - the owner takes everything at once by compare-exchanging the head to 0,
//    then reverses the list, so records are received in the order their
//    pushes took effect (first posted, first run).
// No ABA: nobody pops a single node, a push succeeds only when the head still
// equals the link it wrote, and taking installs 0 whatever the nodes hold.
// Ordering: the record's fields (state, entry, ...) and its link are written
// before the sequentially consistent compare-exchange that publishes it, and
// the owner reads them after its own compare-exchange took the list.
//
// Closing: when a core's program instance ends (exit), the core takes its
// mailbox one last time and leaves MAILBOX_CLOSED in the head; a push that
// finds it there fails instead of linking, so no record is ever left on a
// mailbox nobody will take again.
import { atomicCompareExchange64, atomicLoad64, load64, store64 } from "toro/unsafe";
import { RECORD_MAILBOX_NEXT } from "./thread_record";

/** The head of a closed mailbox: never a record's address (records are 16-byte aligned). */
export const MAILBOX_CLOSED: u64 = 1;

/** Pushes `record` onto the mailbox whose head word is at `head`; false when it is closed. */
export function pushMailbox(head: usize, record: usize): boolean {
  while (true) {
    const observed: u64 = atomicLoad64(head);
    if (observed === MAILBOX_CLOSED) {
      return false;
    }
    store64(record + RECORD_MAILBOX_NEXT, observed);
    if (atomicCompareExchange64(head, observed, u64(record))) {
      return true;
    }
  }
  return false;
}

/** True once the mailbox at `head` is closed: its core's program instance has ended. */
export function mailboxClosed(head: usize): boolean {
  return atomicLoad64(head) === MAILBOX_CLOSED;
}

/** True when records wait in the mailbox at `head`. */
export function mailboxPending(head: usize): boolean {
  return atomicLoad64(head) !== 0;
}

/**
 * Takes every record of the mailbox at `head` (its owner only) and returns
 * the first posted, the rest linked after it through RECORD_MAILBOX_NEXT in
 * posting order (0 when the mailbox was empty).
 */
export function takeMailbox(head: usize): usize {
  return takeAndLeave(head, 0);
}

/** Takes every record, as takeMailbox does, and closes the mailbox for good. */
export function closeMailbox(head: usize): usize {
  return takeAndLeave(head, MAILBOX_CLOSED);
}

function takeAndLeave(head: usize, left: u64): usize {
  let list: u64 = atomicLoad64(head);
  while (!atomicCompareExchange64(head, list, left)) {
    list = atomicLoad64(head);
  }
  if (list === MAILBOX_CLOSED) {
    list = 0;
  }
  let reversed: usize = 0;
  let record: usize = usize(list);
  while (record !== 0) {
    const following: usize = usize(load64(record + RECORD_MAILBOX_NEXT));
    store64(record + RECORD_MAILBOX_NEXT, u64(reversed));
    reversed = record;
    record = following;
  }
  return reversed;
}

/** The record after `record` on a taken list, 0 at its end. */
export function nextInMailboxList(record: usize): usize {
  return usize(load64(record + RECORD_MAILBOX_NEXT));
}

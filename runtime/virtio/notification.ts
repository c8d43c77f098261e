// Telling the other side of a queue that something happened, only when it
// asked and only when its core has stopped to wait.
//
// Polling is the default: a waiting thread first re-reads the index it
// waits on (waiting.ts), which costs its core nothing but that core's time.
// Only after SPIN_MICROSECONDS does it block and let its core halt; then it
// asks to be told, in the queue's own flags, as virtio does:
//   - a receiver clears VIRTQ_USED_F_NO_NOTIFY in used.flags to hear of new
//     available entries;
//   - a sender clears VIRTQ_AVAIL_F_NO_INTERRUPT in avail.flags to hear of
//     new used entries (room in the ring, or a lent buffer given back).
// The side that moves an index checks, after its release store and a full
// fence, first whether the other core waits (its idle flag, a line that
// changes only when the core idles, so normally a cache hit), and only then
// the request bit: a core that is running, or spinning, costs one fence and
// one cached load per message, and never an interrupt. The wake itself is
// the scheduler's (sched/idle.ts): a flag and an IPI.
//
// No lost wake-up: the waiter stores its request, then raises its idle flag
// with a sequentially consistent store, then has its event poller read the
// index once more before halting; the mover stores the index, fences, then
// reads the idle flag and the request. Either the poller sees the new index,
// or the mover sees both the flag and the request (idle.ts's argument).
//
// The event-index fields (used_event, avail_event) stay unused: suppression
// here depends on the other core being idle, which an index cannot express.
import { fence, load16 } from "toro/unsafe";
import { currentCore } from "../kernel/core_identity";
import { coreWaiting } from "../kernel/sched/idle";
import { wakeCore } from "../kernel/sched/platform";
import { usedFlagsAddress } from "./receive";
import { VIRTQ_AVAIL_F_NO_INTERRUPT, VIRTQ_USED_F_NO_NOTIFY } from "./split_ring";
import { availableFlagsAddress } from "./transmit";

/** After publishing entries on `queue`: wakes the receiver core if it asked and waits. */
export function notifyReceiver(queue: usize, receiver: i32): void {
  notifyIfAsked(receiver, usedFlagsAddress(queue), VIRTQ_USED_F_NO_NOTIFY);
}

/** After returning used entries on `queue`: wakes the sender core if it asked and waits. */
export function notifySender(queue: usize, sender: i32): void {
  notifyIfAsked(sender, availableFlagsAddress(queue), VIRTQ_AVAIL_F_NO_INTERRUPT);
}

/** Wakes `core` when it waits and has cleared `suppressBit` in the flags at `flags`. */
function notifyIfAsked(core: i32, flags: usize, suppressBit: u16): void {
  if (core === currentCore()) {
    return;
  }
  fence();
  if (coreWaiting(core) && (load16(flags) & suppressBit) === 0) {
    wakeCore(core);
  }
}

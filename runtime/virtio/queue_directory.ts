// Where each queue is: one shared table of MAXIMUM_CORES x MAXIMUM_CORES
// words, entry (sender, receiver) holding the queue's address, 0 until the
// receiver has made it. A queue exists for every ordered pair of cores, a
// core and itself included (a thread may send to a thread of its own core).
//
// Each core makes the queues it receives on, from its own pool, when its
// program instance starts (the bus module's initialiser): a receiver's
// memory holds everything it reads most (descriptors, available ring,
// slots). A sender that finds no queue yet waits for the receiver to start
// (bus.ts).
//
// The table itself comes from the first core to need it: a core that finds
// the kernel's shared cell CELL_QUEUE_TABLE empty allocates a candidate and
// installs it with a compare-exchange from 0; a loser frees its own. Entries are written with a sequentially consistent
// store after the queue is initialised, and read with one, so a queue is
// never seen half made.
import { atomicCompareExchange64, atomicLoad64, atomicStore64 } from "toro/unsafe";
import { coreCount, currentCore } from "../kernel/core_identity";
import { allocateManual, free } from "../kernel/memory/heap";
import { MAXIMUM_CORES } from "../kernel/memory/pools";
import { panicWithoutLocation } from "../kernel/panic";
import { CELL_QUEUE_TABLE, sharedCell } from "../kernel/shared_state";
import { QUEUE_BYTES, initialiseQueue, layoutConsistent } from "./split_ring";

/** MAXIMUM_CORES x MAXIMUM_CORES x 8 bytes. */
const TABLE_BYTES: usize = 32768;

/** Makes the queues from every core (this one included) to this core, and publishes them. */
export function createIncomingQueues(): void {
  if (!layoutConsistent() || TABLE_BYTES !== usize(MAXIMUM_CORES) * usize(MAXIMUM_CORES) * 8) {
    panicWithoutLocation("virtio: the queue layout constants do not add up");
  }
  const receiver: i32 = currentCore();
  const entries: usize = tableAddress();
  for (let sender: i32 = 0; sender < coreCount(); sender++) {
    const queue: usize = allocateManual(QUEUE_BYTES);
    initialiseQueue(queue, sender, receiver);
    atomicStore64(entryAddress(entries, sender, receiver), u64(queue));
  }
}

/** The queue from `sender` to `receiver`, or 0 while the receiver has not made it yet. */
export function queueAddress(sender: i32, receiver: i32): usize {
  return usize(atomicLoad64(entryAddress(tableAddress(), sender, receiver)));
}

function entryAddress(entries: usize, sender: i32, receiver: i32): usize {
  return entries + (usize(sender) * usize(MAXIMUM_CORES) + usize(receiver)) * 8;
}

function tableAddress(): usize {
  const cell: usize = sharedCell(CELL_QUEUE_TABLE);
  const installed: usize = usize(atomicLoad64(cell));
  if (installed !== 0) {
    return installed;
  }
  const candidate: usize = allocateManual(TABLE_BYTES);
  if (atomicCompareExchange64(cell, 0, u64(candidate))) {
    return candidate;
  }
  free(candidate);
  return usize(atomicLoad64(cell));
}

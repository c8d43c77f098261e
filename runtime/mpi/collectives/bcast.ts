// MPI_Bcast: a binomial tree over ranks relative to the root
// (binomial_tree.ts). Each rank receives the message from its parent, then
// sends it to its children, the largest subtree first (it has the longest
// way still to go). Why: ceil(log2 P) steps, every rank receives once, and
// no rank sends more than ceil(log2 P) copies. Cost: ceil(log2 P) * n bytes
// on the longest path for an n-byte message.
//
// Large messages (more than SEGMENT_BYTES, and P > 2 so that some rank relays)
// are pipelined in SEGMENT_BYTES pieces: a rank receives segment s+1 from its
// parent while its sends of segment s to its children are still under way,
// so the levels of the tree work at once and the longest path costs about
// (ceil(log2 P) + n / SEGMENT_BYTES) segment times instead of
// ceil(log2 P) * n. The sends of one segment go out together (started, not
// blocking one after another) and are all waited for before the next
// segment's sends start: at most ceil(log2 P) sends outstanding. The data
// lives in the caller's buffer, which every segment owns separately, so no
// buffer is ever reused while a send reads it.
import { coreCount, currentCore } from "../../kernel/core_identity";
import { absoluteRank, childSendHandles, parentDistance, relativeRank } from "./binomial_tree";
import { TAG_BROADCAST } from "./tags";
import { collectiveReceive, collectiveStartSend, collectiveWaitAll } from "./transport";

/** The piece size of a pipelined broadcast (a multiple of every element size). */
export const SEGMENT_BYTES: usize = 65536;


export function broadcast(address: usize, bytes: usize, root: i32): void {
  const size: i32 = coreCount();
  if (size === 1 || bytes === 0) return;
  const relative: i32 = relativeRank(currentCore(), root, size);
  const distance: i32 = parentDistance(relative, size);
  const segment: usize = bytes > SEGMENT_BYTES && size > 2 ? SEGMENT_BYTES : bytes;
  const sends: Int32Array = childSendHandles();
  let outstanding: i32 = 0;
  for (let offset: usize = 0; offset < bytes; offset += segment) {
    const length: usize = bytes - offset < segment ? bytes - offset : segment;
    if (relative !== 0) {
      collectiveReceive(absoluteRank(relative - distance, root, size), address + offset, length, TAG_BROADCAST);
    }
    awaitSends(sends, outstanding);
    outstanding = startSendsToChildren(sends, relative, distance, root, size, address + offset, length);
  }
  awaitSends(sends, outstanding);
}

/** Starts sending the `length` bytes at `at` to every child, largest subtree first; returns how many sends it started. */
function startSendsToChildren(sends: Int32Array, relative: i32, distance: i32, root: i32, size: i32, at: usize, length: usize): i32 {
  let started: i32 = 0;
  for (let mask: i32 = distance >> 1; mask > 0; mask = mask >> 1) {
    if (relative + mask < size) {
      sends[started] = collectiveStartSend(absoluteRank(relative + mask, root, size), at, length, TAG_BROADCAST);
      started++;
    }
  }
  return started;
}

function awaitSends(sends: Int32Array, count: i32): void {
  if (count > 0) collectiveWaitAll(sends, count);
}

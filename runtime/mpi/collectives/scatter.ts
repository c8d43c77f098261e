// MPI_Scatter: a binomial tree over ranks relative to the root
// (binomial_tree.ts), gather's reverse. The subtree rooted at relative rank
// q holds the ranks q .. q + subtreeSize(q) - 1; its root receives their
// blocks, in that (relative) order, from its parent in one message, sends
// each child the run of its subtree (the child at q + m gets the blocks of
// q + m ..), largest subtree first since it has the longest way to go, and
// keeps the first block. Why: ceil(log2 P) steps instead of P - 1 sends from
// the root, with few, long messages. Cost: ceil(log2 P) steps; the root
// sends P - 1 blocks, every other rank receives its subtree's blocks once.
// The sends of one rank are started together and waited for together, so
// the copies to the children overlap.
//
// Buffers: a rank without children receives straight into recvAddress;
// another non-root rank receives its run into a temporary of its subtree's
// size. The root sends each child's run straight from sendAddress (block of
// rank i at sendAddress + i * blockBytes): a run of relative ranks is a run
// of ranks unless it wraps past rank P - 1, which happens to at most one
// child; that run is first assembled in a temporary. With inPlace the
// root's block stays in sendAddress and nothing is written to recvAddress.
import { copyMemory } from "toro/unsafe";
import { coreCount, currentCore } from "../../kernel/core_identity";
import { absoluteRank, childSendHandles, parentDistance, relativeRank, subtreeSize } from "./binomial_tree";
import { allocateScratch, freeScratch } from "./scratch";
import { TAG_SCATTER } from "./tags";
import { collectiveReceive, collectiveStartSend, collectiveWaitAll } from "./transport";


export function scatter(sendAddress: usize, blockBytes: usize, recvAddress: usize, root: i32, inPlace: boolean): void {
  const size: i32 = coreCount();
  const relative: i32 = relativeRank(currentCore(), root, size);
  if (relative === 0) {
    if (!inPlace && blockBytes > 0) copyMemory(recvAddress, sendAddress + usize(root) * blockBytes, blockBytes);
  }
  if (size === 1 || blockBytes === 0) return;
  if (relative === 0) {
    scatterFromRoot(sendAddress, blockBytes, root, size);
    return;
  }
  const distance: i32 = parentDistance(relative, size);
  const parent: i32 = absoluteRank(relative - distance, root, size);
  const blocks: i32 = subtreeSize(relative, size);
  if (blocks === 1) {
    collectiveReceive(parent, recvAddress, blockBytes, TAG_SCATTER);
    return;
  }
  const run: usize = allocateScratch(usize(blocks) * blockBytes);
  collectiveReceive(parent, run, usize(blocks) * blockBytes, TAG_SCATTER);
  const sends: Int32Array = childSendHandles();
  let started: i32 = 0;
  for (let mask: i32 = distance >> 1; mask > 0; mask = mask >> 1) {
    if (relative + mask < size) {
      const childBytes: usize = usize(subtreeSize(relative + mask, size)) * blockBytes;
      const child: i32 = absoluteRank(relative + mask, root, size);
      sends[started] = collectiveStartSend(child, run + usize(mask) * blockBytes, childBytes, TAG_SCATTER);
      started++;
    }
  }
  copyMemory(recvAddress, run, blockBytes);
  collectiveWaitAll(sends, started);
  freeScratch(run);
}

/** The root's sends: each child's run, from sendAddress or (the one that wraps) from a temporary. */
function scatterFromRoot(sendAddress: usize, blockBytes: usize, root: i32, size: i32): void {
  const sends: Int32Array = childSendHandles();
  let started: i32 = 0;
  let wrapped: usize = 0;
  let wrappedTaken: boolean = false;
  for (let mask: i32 = parentDistance(0, size) >> 1; mask > 0; mask = mask >> 1) {
    const blocks: i32 = subtreeSize(mask, size);
    const first: i32 = absoluteRank(mask, root, size);
    let from: usize = sendAddress + usize(first) * blockBytes;
    if (first + blocks > size) {
      wrapped = allocateScratch(usize(blocks) * blockBytes);
      wrappedTaken = true;
      const beforeWrap: usize = usize(size - first) * blockBytes;
      copyMemory(wrapped, from, beforeWrap);
      copyMemory(wrapped + beforeWrap, sendAddress, usize(blocks) * blockBytes - beforeWrap);
      from = wrapped;
    }
    sends[started] = collectiveStartSend(first, from, usize(blocks) * blockBytes, TAG_SCATTER);
    started++;
  }
  collectiveWaitAll(sends, started);
  if (wrappedTaken) freeScratch(wrapped);
}

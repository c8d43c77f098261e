// MPI_Gather: a binomial tree over ranks relative to the root
// (binomial_tree.ts). The subtree rooted at relative rank q holds the ranks
// q .. q + subtreeSize(q) - 1; its root collects their blocks in that
// (relative) order in one buffer, its own block first, then each child's
// run received straight into place (the child at q + m brings the blocks of
// q + m ..), smallest subtree first, and sends the whole run to its parent
// in one message. Why: ceil(log2 P) steps instead of the P - 1 receives of a
// flat gather, with few, long messages. Cost: ceil(log2 P) steps; the root
// receives P - 1 blocks, every other rank sends its subtree's blocks once.
//
// Buffers: a rank without children sends its block from sendAddress; another
// non-root rank collects into a temporary of its subtree's size. The root
// receives each child's run straight into recvAddress (block of rank i at
// recvAddress + i * sendBytes): a run of relative ranks is a run of ranks
// unless it wraps past rank P - 1, which happens to at most one child; that
// run goes through a temporary and is copied in two pieces. With inPlace the
// root's own block is already in place in recvAddress.
import { copyMemory } from "toro/unsafe";
import { coreCount, currentCore } from "../../kernel/core_identity";
import { absoluteRank, parentDistance, relativeRank, subtreeSize } from "./binomial_tree";
import { allocateScratch, freeScratch } from "./scratch";
import { TAG_GATHER } from "./tags";
import { collectiveReceive, collectiveSend } from "./transport";

export function gather(sendAddress: usize, sendBytes: usize, recvAddress: usize, root: i32, inPlace: boolean): void {
  const size: i32 = coreCount();
  const relative: i32 = relativeRank(currentCore(), root, size);
  if (relative === 0) {
    if (!inPlace && sendBytes > 0) copyMemory(recvAddress + usize(root) * sendBytes, sendAddress, sendBytes);
  }
  if (size === 1 || sendBytes === 0) return;
  const distance: i32 = parentDistance(relative, size);
  if (relative === 0) {
    for (let mask: i32 = 1; mask < size; mask = mask << 1) {
      receiveRunAtRoot(mask, recvAddress, sendBytes, root, size);
    }
    return;
  }
  const parent: i32 = absoluteRank(relative - distance, root, size);
  const blocks: i32 = subtreeSize(relative, size);
  if (blocks === 1) {
    collectiveSend(parent, sendAddress, sendBytes, TAG_GATHER);
    return;
  }
  const run: usize = allocateScratch(usize(blocks) * sendBytes);
  copyMemory(run, sendAddress, sendBytes);
  for (let mask: i32 = 1; mask < distance && relative + mask < size; mask = mask << 1) {
    const childBlocks: i32 = subtreeSize(relative + mask, size);
    const into: usize = run + usize(mask) * sendBytes;
    collectiveReceive(absoluteRank(relative + mask, root, size), into, usize(childBlocks) * sendBytes, TAG_GATHER);
  }
  collectiveSend(parent, run, usize(blocks) * sendBytes, TAG_GATHER);
  freeScratch(run);
}

/** The root's receive of the run of its child at relative rank `child` into rank order. */
function receiveRunAtRoot(child: i32, recvAddress: usize, blockBytes: usize, root: i32, size: i32): void {
  const blocks: i32 = subtreeSize(child, size);
  const first: i32 = absoluteRank(child, root, size);
  const source: i32 = first;
  if (first + blocks <= size) {
    collectiveReceive(source, recvAddress + usize(first) * blockBytes, usize(blocks) * blockBytes, TAG_GATHER);
    return;
  }
  const run: usize = allocateScratch(usize(blocks) * blockBytes);
  collectiveReceive(source, run, usize(blocks) * blockBytes, TAG_GATHER);
  const beforeWrap: usize = usize(size - first) * blockBytes;
  copyMemory(recvAddress + usize(first) * blockBytes, run, beforeWrap);
  copyMemory(recvAddress, run + beforeWrap, usize(blocks) * blockBytes - beforeWrap);
  freeScratch(run);
}

// MPI_Reduce: a binomial tree over ranks relative to the root
// (binomial_tree.ts). Each rank combines into its running result the
// partial results of its children, the smallest subtree first (it is ready
// first), then sends the result to its parent; the root's result is the
// reduction. Every operation is commutative and associative, so the order of
// combination does not matter. Why: ceil(log2 P) steps, and each rank
// receives only from its own children. Cost: ceil(log2 P) * n bytes and
// combinations of n bytes on the longest path for n-byte vectors.
//
// Vectors longer than SEGMENT_BYTES are reduced in SEGMENT_BYTES pieces, the
// loop over pieces outermost: a rank sends piece s to its parent (started,
// not waited for) and goes on to receive and combine piece s+1 while the
// parent combines piece s, so the tree's levels work at once. Before
// starting the send of the next piece a rank waits for the previous one: at
// most one send outstanding. The running result covers the whole vector
// (each piece has its own bytes, so a started send's bytes are never
// written again), and one piece-sized scratch buffer receives each child's
// piece.
//
// Where the running result lives: at the root in recvAddress (the input is
// copied there first unless it is already there, inPlace); at another rank
// with children in a temporary copy of its input; a rank without children
// sends its input as it is. Ranks other than the root never touch
// recvAddress.
import { copyMemory } from "toro/unsafe";
import { coreCount, currentCore } from "../../kernel/core_identity";
import { datatypeSize } from "../datatypes";
import { combine } from "../operations";
import { absoluteRank, parentDistance, relativeRank } from "./binomial_tree";
import { allocateScratch, freeScratch } from "./scratch";
import { TAG_REDUCE } from "./tags";
import { collectiveReceive, collectiveStartSend, collectiveWait } from "./transport";

/** The piece size of a pipelined reduction (a multiple of every element size). */
const SEGMENT_BYTES: i32 = 65536;

export function reduce(
  sendAddress: usize,
  recvAddress: usize,
  count: i32,
  datatype: i32,
  op: i32,
  root: i32,
  inPlace: boolean,
): void {
  const size: i32 = coreCount();
  const rank: i32 = currentCore();
  const elementBytes: i32 = datatypeSize(datatype);
  const bytes: usize = usize(count) * usize(elementBytes);
  if (rank === root && !inPlace && bytes > 0) {
    copyMemory(recvAddress, sendAddress, bytes);
  }
  if (size === 1 || count === 0) return;
  const relative: i32 = relativeRank(rank, root, size);
  const distance: i32 = parentDistance(relative, size);
  const hasChildren: boolean = distance > 1 && relative + 1 < size;
  let result: usize = sendAddress;
  if (relative === 0) {
    result = recvAddress;
  } else if (hasChildren) {
    result = allocateScratch(bytes);
    copyMemory(result, sendAddress, bytes);
  }
  const pieceCount: i32 = bytes > usize(SEGMENT_BYTES) ? i32(SEGMENT_BYTES / elementBytes) : count;
  const piece: usize = hasChildren ? allocateScratch(usize(pieceCount) * usize(elementBytes)) : 0;
  let sending: i32 = 0;
  let sendOutstanding: boolean = false;
  for (let first: i32 = 0; first < count; first += pieceCount) {
    const elements: i32 = count - first < pieceCount ? count - first : pieceCount;
    const at: usize = result + usize(first) * usize(elementBytes);
    const length: usize = usize(elements) * usize(elementBytes);
    for (let mask: i32 = 1; mask < distance && relative + mask < size; mask = mask << 1) {
      collectiveReceive(absoluteRank(relative + mask, root, size), piece, length, TAG_REDUCE);
      combine(op, datatype, at, piece, elements);
    }
    if (relative !== 0) {
      if (sendOutstanding) collectiveWait(sending);
      sending = collectiveStartSend(absoluteRank(relative - distance, root, size), at, length, TAG_REDUCE);
      sendOutstanding = true;
    }
  }
  if (sendOutstanding) collectiveWait(sending);
  if (hasChildren) freeScratch(piece);
  if (relative !== 0 && hasChildren) freeScratch(result);
}

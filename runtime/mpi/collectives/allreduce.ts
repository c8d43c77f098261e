// MPI_Allreduce: the scheme of Thakur, Rabenseifner and Gropp (as in MPICH).
//
// 1. Fold to a power of two. With pof2 the largest power of two <= P and
//    extra = P - pof2, the first 2 * extra ranks pair up: each even one sends
//    its vector to the odd one after it and sits out; the odd one combines
//    it into its own. The pof2 ranks left take new ranks 0 .. pof2 - 1
//    (rank r < 2 * extra has r / 2, any other r - extra).
// 2. Among those pof2 ranks, either
//    - recursive doubling (short vectors, at most SHORT_BYTES, or fewer
//      elements than pof2): in step k exchange whole vectors with new rank
//      XOR 2^k and combine; log2(pof2) steps of n bytes each. Latency is
//      what counts for short vectors, and this has the fewest steps; or
//    - Rabenseifner's algorithm (long vectors): split the vector into pof2
//      blocks of near-equal element counts (blockStart), reduce-scatter by
//      recursive halving (each step exchanges half of the blocks still held
//      with the partner and combines the half kept, until each rank holds
//      the reduction of the block numbered by its new rank), then allgather
//      by recursive doubling (each step exchanges the blocks held with the
//      partner, doubling them, until every rank has all blocks).
//      2 * log2(pof2) steps moving 2 * n * (pof2 - 1) / pof2 bytes and
//      combining n * (pof2 - 1) / pof2: for long vectors bandwidth and
//      combination cost count, and this moves under 2n bytes where
//      recursive doubling moves n * log2(pof2).
// 3. Unfold: each odd rank of the first 2 * extra sends the result to the
//    even rank that sat out. Steps 1 and 3 add two steps of n bytes when P
//    is not a power of two.
// The result is built in recvAddress on every rank (the input is copied
// there first unless it is already there, inPlace); one scratch buffer of n
// bytes receives the partners' data.
import { copyMemory } from "toro/unsafe";
import { coreCount, currentCore } from "../../kernel/core_identity";
import { datatypeSize } from "../datatypes";
import { combine } from "../operations";
import { exchange } from "./exchange";
import { allocateScratch, freeScratch } from "./scratch";
import { TAG_ALLREDUCE } from "./tags";
import { collectiveReceive, collectiveSend } from "./transport";

/** Vectors of at most this many bytes take recursive doubling. */
const SHORT_BYTES: usize = 2048;

/** The new rank of a rank that sits out (it sent its vector to its odd partner). */
const SITS_OUT: i32 = -1;

export function allreduce(
  sendAddress: usize,
  recvAddress: usize,
  count: i32,
  datatype: i32,
  op: i32,
  inPlace: boolean,
): void {
  const size: i32 = coreCount();
  const rank: i32 = currentCore();
  const elementBytes: i32 = datatypeSize(datatype);
  const bytes: usize = usize(count) * usize(elementBytes);
  if (!inPlace && bytes > 0) {
    copyMemory(recvAddress, sendAddress, bytes);
  }
  if (size === 1 || count === 0) return;
  const pof2: i32 = largestPowerOfTwoAtMost(size);
  const extra: i32 = size - pof2;
  const scratch: usize = bytes <= SHORT_BYTES ? shortScratch() : allocateScratch(bytes);
  vector.describe(recvAddress, scratch, count, elementBytes, datatype, op);
  const newRank: i32 = foldExtraRanks(vector, rank, extra);
  if (newRank !== SITS_OUT) {
    if (bytes <= SHORT_BYTES || count < pof2) {
      recursiveDoubling(vector, newRank, pof2, extra);
    } else {
      reduceScatterByHalving(vector, newRank, pof2, extra);
      allgatherByDoubling(vector, newRank, pof2, extra);
    }
  }
  unfoldExtraRanks(vector, rank, extra);
  if (scratch !== shortScratchBlock) freeScratch(scratch);
}

/**
 * The scratch of short vectors: one block per rank, made on first use and
 * kept, so a short allreduce allocates nothing (with `vector`, which is
 * reused the same way: a rank runs one collective at a time).
 */
function shortScratch(): usize {
  if (shortScratchBlock === 0) shortScratchBlock = allocateScratch(SHORT_BYTES);
  return shortScratchBlock;
}

/** The vector being reduced, in `result` (recvAddress), and where partners' data is received. */
class Reduction {
  result: usize;
  scratch: usize;
  count: i32;
  elementBytes: i32;
  datatype: i32;
  op: i32;

  constructor() {
    this.result = 0;
    this.scratch = 0;
    this.count = 0;
    this.elementBytes = 1;
    this.datatype = 0;
    this.op = 0;
  }

  /** Sets the vector of the call in progress. */
  describe(result: usize, scratch: usize, count: i32, elementBytes: i32, datatype: i32, op: i32): void {
    this.result = result;
    this.scratch = scratch;
    this.count = count;
    this.elementBytes = elementBytes;
    this.datatype = datatype;
    this.op = op;
  }

  /** Byte offset of element `element`. */
  offset(element: i32): usize {
    return usize(element) * usize(this.elementBytes);
  }

  /** Combines the partner's elements first .. end - 1 (in scratch) into the result's. */
  combineRange(first: i32, end: i32): void {
    if (end > first) {
      combine(this.op, this.datatype, this.result + this.offset(first), this.scratch + this.offset(first), end - first);
    }
  }
}

/** The vector of the call in progress (describe sets it). */
const vector: Reduction = new Reduction();
let shortScratchBlock: usize = 0;

function largestPowerOfTwoAtMost(size: i32): i32 {
  let power: i32 = 1;
  while (power <= size >> 1) {
    power = power << 1;
  }
  return power;
}

/** The rank that has new rank `newRank` (step 1's numbering). */
function rankOfNewRank(newRank: i32, extra: i32): i32 {
  return newRank < extra ? newRank * 2 + 1 : newRank + extra;
}

/** Step 1; returns this rank's new rank, or SITS_OUT. */
function foldExtraRanks(vector: Reduction, rank: i32, extra: i32): i32 {
  if (rank >= 2 * extra) return rank - extra;
  const bytes: usize = vector.offset(vector.count);
  if (rank % 2 === 0) {
    collectiveSend(rank + 1, vector.result, bytes, TAG_ALLREDUCE);
    return SITS_OUT;
  }
  collectiveReceive(rank - 1, vector.scratch, bytes, TAG_ALLREDUCE);
  vector.combineRange(0, vector.count);
  return rank >> 1;
}

/** Step 3. */
function unfoldExtraRanks(vector: Reduction, rank: i32, extra: i32): void {
  if (rank >= 2 * extra) return;
  const bytes: usize = vector.offset(vector.count);
  if (rank % 2 === 0) {
    collectiveReceive(rank + 1, vector.result, bytes, TAG_ALLREDUCE);
  } else {
    collectiveSend(rank - 1, vector.result, bytes, TAG_ALLREDUCE);
  }
}

function recursiveDoubling(vector: Reduction, newRank: i32, pof2: i32, extra: i32): void {
  const bytes: usize = vector.offset(vector.count);
  for (let mask: i32 = 1; mask < pof2; mask = mask << 1) {
    const partner: i32 = rankOfNewRank(newRank ^ mask, extra);
    exchange(partner, vector.result, bytes, partner, vector.scratch, bytes, TAG_ALLREDUCE);
    vector.combineRange(0, vector.count);
  }
}

/**
 * The first element of block `block` of `blocks` near-equal blocks of
 * `count` elements: the first count % blocks blocks have one element more.
 * blockStart(blocks) is count.
 */
function blockStart(block: i32, blocks: i32, count: i32): i32 {
  const remainder: i32 = count % blocks;
  return block * i32(count / blocks) + (block < remainder ? block : remainder);
}

/**
 * Recursive halving. The blocks held are [low, high), at first all; at the
 * step of `mask` (pof2 / 2 down to 1) the partner (new rank XOR mask) holds
 * the same range, the rank whose mask bit is clear keeps the lower half and
 * the other the upper half, each sends the half it gives up and combines the
 * half it keeps with what it receives. At the end the range is the one
 * block numbered newRank, fully reduced.
 */
function reduceScatterByHalving(vector: Reduction, newRank: i32, pof2: i32, extra: i32): void {
  let low: i32 = 0;
  let high: i32 = pof2;
  for (let mask: i32 = pof2 >> 1; mask > 0; mask = mask >> 1) {
    const middle: i32 = low + mask;
    const keepsLower: boolean = (newRank & mask) === 0;
    const keptLow: i32 = keepsLower ? low : middle;
    const keptHigh: i32 = keepsLower ? middle : high;
    const givenLow: i32 = keepsLower ? middle : low;
    const givenHigh: i32 = keepsLower ? high : middle;
    const keptFirst: i32 = blockStart(keptLow, pof2, vector.count);
    const keptEnd: i32 = blockStart(keptHigh, pof2, vector.count);
    const givenFirst: i32 = blockStart(givenLow, pof2, vector.count);
    const givenEnd: i32 = blockStart(givenHigh, pof2, vector.count);
    const partner: i32 = rankOfNewRank(newRank ^ mask, extra);
    exchange(
      partner,
      vector.result + vector.offset(givenFirst),
      vector.offset(givenEnd - givenFirst),
      partner,
      vector.scratch + vector.offset(keptFirst),
      vector.offset(keptEnd - keptFirst),
      TAG_ALLREDUCE,
    );
    vector.combineRange(keptFirst, keptEnd);
    low = keptLow;
    high = keptHigh;
  }
}

/**
 * Recursive doubling of the reduced blocks. The blocks held are [low, high),
 * at first the block newRank; at the step of `mask` (1 up to pof2 / 2) they
 * are `mask` blocks, the partner (new rank XOR mask) holds the `mask` blocks
 * next to them (after them if the rank's mask bit is clear, before them if
 * set), and the two exchange their ranges straight into the result.
 */
function allgatherByDoubling(vector: Reduction, newRank: i32, pof2: i32, extra: i32): void {
  let low: i32 = newRank;
  let high: i32 = newRank + 1;
  for (let mask: i32 = 1; mask < pof2; mask = mask << 1) {
    const partnerBefore: boolean = (newRank & mask) !== 0;
    const partnerLow: i32 = partnerBefore ? low - mask : high;
    const partnerHigh: i32 = partnerBefore ? low : high + mask;
    const heldFirst: i32 = blockStart(low, pof2, vector.count);
    const heldEnd: i32 = blockStart(high, pof2, vector.count);
    const partnerFirst: i32 = blockStart(partnerLow, pof2, vector.count);
    const partnerEnd: i32 = blockStart(partnerHigh, pof2, vector.count);
    const partner: i32 = rankOfNewRank(newRank ^ mask, extra);
    exchange(
      partner,
      vector.result + vector.offset(heldFirst),
      vector.offset(heldEnd - heldFirst),
      partner,
      vector.result + vector.offset(partnerFirst),
      vector.offset(partnerEnd - partnerFirst),
      TAG_ALLREDUCE,
    );
    low = partnerBefore ? partnerLow : low;
    high = partnerBefore ? high : partnerHigh;
  }
}

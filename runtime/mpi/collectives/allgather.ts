// MPI_Allgather: every rank's block, in rank order, in every rank's
// recvAddress (block of rank i at recvAddress + i * blockBytes).
//
// P a power of two: recursive doubling. The blocks a rank holds are a run
// [low, high) of ranks, at first its own; in step k it exchanges its 2^k
// blocks with rank XOR 2^k, which holds the 2^k blocks next to them, straight
// into place, doubling the run. log2 P steps, (P - 1) blocks received: the
// fewest steps, with nothing copied.
// Otherwise: a ring. In step s (0 .. P - 2) each rank sends the block it got
// in the previous step (at first its own) to rank + 1 and receives from
// rank - 1 the block of rank - s - 1. P - 1 steps of one block: recursive
// doubling's partners do not pair up when P is not a power of two, and the
// ring still moves only (P - 1) blocks per rank, all between neighbours.
// Every step starts its send, receives, then waits for the send (exchange).
// Without inPlace a rank first copies its block to its place; with inPlace
// it is already there.
import { copyMemory } from "toro/unsafe";
import { coreCount, currentCore } from "../../kernel/core_identity";
import { exchange } from "./exchange";
import { TAG_ALLGATHER } from "./tags";

export function allgather(sendAddress: usize, blockBytes: usize, recvAddress: usize, inPlace: boolean): void {
  const size: i32 = coreCount();
  const rank: i32 = currentCore();
  if (blockBytes === 0) return;
  if (!inPlace) copyMemory(recvAddress + usize(rank) * blockBytes, sendAddress, blockBytes);
  if (size === 1) return;
  if ((size & (size - 1)) === 0) {
    recursiveDoubling(recvAddress, blockBytes, rank, size);
  } else {
    ring(recvAddress, blockBytes, rank, size);
  }
}

function recursiveDoubling(recvAddress: usize, blockBytes: usize, rank: i32, size: i32): void {
  let low: i32 = rank;
  let high: i32 = rank + 1;
  for (let mask: i32 = 1; mask < size; mask = mask << 1) {
    const partnerBefore: boolean = (rank & mask) !== 0;
    const partnerLow: i32 = partnerBefore ? low - mask : high;
    const runBytes: usize = usize(mask) * blockBytes;
    exchange(
      rank ^ mask,
      recvAddress + usize(low) * blockBytes,
      runBytes,
      rank ^ mask,
      recvAddress + usize(partnerLow) * blockBytes,
      runBytes,
      TAG_ALLGATHER,
    );
    if (partnerBefore) {
      low = partnerLow;
    } else {
      high = high + mask;
    }
  }
}

function ring(recvAddress: usize, blockBytes: usize, rank: i32, size: i32): void {
  const next: i32 = (rank + 1) % size;
  const previous: i32 = (rank - 1 + size) % size;
  for (let step: i32 = 0; step < size - 1; step++) {
    const sent: i32 = (rank - step + size) % size;
    const received: i32 = (rank - step - 1 + size) % size;
    exchange(
      next,
      recvAddress + usize(sent) * blockBytes,
      blockBytes,
      previous,
      recvAddress + usize(received) * blockBytes,
      blockBytes,
      TAG_ALLGATHER,
    );
  }
}

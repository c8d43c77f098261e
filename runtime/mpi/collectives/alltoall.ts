// MPI_Alltoall: rank r's block for rank j (at sendAddress + j * blockBytes)
// goes to rank j's recvAddress + r * blockBytes.
//
// All P - 1 receives are started first, then the P - 1 sends in staggered
// order (rank r sends first to r + 1, then r + 2, ...: at any moment the
// ranks send to different ranks instead of all to rank 0 first), the own
// block is copied locally, and everything is waited for together. Why: each
// rank has one message for every other rank in any algorithm for blocks of
// this kind; posting them all at once lets the transport move them in any
// order, with no step waiting for another. Cost: one step, P - 1 blocks sent
// and received per rank, 2 (P - 1) requests outstanding.
//
// inPlace (the data is in recvAddress and the result replaces it): the
// blocks are first copied to a temporary of P blocks that serves as the send
// buffer. Simple and plainly correct; it costs one local copy of P blocks,
// small beside the P - 1 messages (a pairwise in-place exchange would save
// the memory but take P - 1 dependent steps).
import { copyMemory } from "toro/unsafe";
import { coreCount, currentCore } from "../../kernel/core_identity";
import { allocateScratch, freeScratch } from "./scratch";
import { TAG_ALLTOALL } from "./tags";
import { collectiveStartReceive, collectiveStartSend, collectiveWaitAll } from "./transport";

/** The handles of a call's transfers: made once per rank (the rank count never changes), reused by every call. */
let requests: Int32Array = new Int32Array(0);

export function alltoall(sendAddress: usize, blockBytes: usize, recvAddress: usize, inPlace: boolean): void {
  const size: i32 = coreCount();
  if (blockBytes === 0) return;
  if (inPlace) {
    if (size === 1) return;
    const copy: usize = allocateScratch(usize(size) * blockBytes);
    copyMemory(copy, recvAddress, usize(size) * blockBytes);
    exchangeAll(copy, blockBytes, recvAddress, size);
    freeScratch(copy);
  } else {
    exchangeAll(sendAddress, blockBytes, recvAddress, size);
  }
}

function exchangeAll(sendAddress: usize, blockBytes: usize, recvAddress: usize, size: i32): void {
  const rank: i32 = currentCore();
  if (requests.length < 2 * (size - 1)) requests = new Int32Array(2 * (size - 1));
  let started: i32 = 0;
  for (let step: i32 = 1; step < size; step++) {
    const source: i32 = (rank - step + size) % size;
    requests[started] = collectiveStartReceive(source, recvAddress + usize(source) * blockBytes, blockBytes, TAG_ALLTOALL);
    started++;
  }
  for (let step: i32 = 1; step < size; step++) {
    const destination: i32 = (rank + step) % size;
    requests[started] = collectiveStartSend(destination, sendAddress + usize(destination) * blockBytes, blockBytes, TAG_ALLTOALL);
    started++;
  }
  copyMemory(recvAddress + usize(rank) * blockBytes, sendAddress + usize(rank) * blockBytes, blockBytes);
  if (started > 0) collectiveWaitAll(requests, started);
}

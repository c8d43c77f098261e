// MPI_Barrier: the dissemination barrier (Hensgen, Finkel and Manber).
//
// In round k (k = 0 .. ceil(log2 P) - 1) each rank r sends an empty message
// to (r + 2^k) mod P and receives one from (r - 2^k) mod P. After round k a
// rank has heard, directly or through others, from the 2^(k+1) - 1 ranks
// before it, so after the last round from every rank: none leaves before all
// have entered. Why this one: it takes ceil(log2 P) rounds for any P, not
// only powers of two, with every rank busy in every round (a gather-then-
// broadcast tree takes twice the rounds). Cost: ceil(log2 P) steps of one
// 0-byte message sent and one received per rank.
import { coreCount, currentCore } from "../../kernel/core_identity";
import { exchange } from "./exchange";
import { TAG_BARRIER } from "./tags";

/** The messages carry no data; any address serves. */
const NO_DATA: usize = 0;

export function barrier(): void {
  const size: i32 = coreCount();
  const rank: i32 = currentCore();
  for (let distance: i32 = 1; distance < size; distance = distance << 1) {
    const next: i32 = (rank + distance) % size;
    const previous: i32 = (rank - distance + size) % size;
    exchange(next, NO_DATA, 0, previous, NO_DATA, 0, TAG_BARRIER);
  }
}

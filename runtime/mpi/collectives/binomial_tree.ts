// Binomial trees over ranks relative to a root (broadcast, reduce, gather,
// scatter). The root is relative rank 0; relative rank `relative` is the
// root of the subtree of ranks relative .. relative + subtreeSize - 1, its
// parent is relative - d and its children relative + d/2, relative + d/4,
// ..., relative + 1 (those below size), where d is its parent distance: the
// lowest set bit of `relative`, or for the root the first power of two that
// is at least the size. The child at relative + m (m a power of two below d)
// roots a subtree of min(m, size - relative - m) ranks, so the children in
// order of decreasing m have decreasing subtrees. Depth: ceil(log2 size).

/** More children than any tree of i32 ranks has. */
const MOST_CHILDREN: i32 = 32;

/**
 * The handles of a node's sends to its children. One array per rank, reused
 * by every call (a rank runs one collective at a time), so that a small
 * broadcast or scatter allocates nothing: a per-call array showed up as
 * garbage-collection pauses of microseconds in osu_bcast.
 */
const childSends: Int32Array = new Int32Array(MOST_CHILDREN);

export function childSendHandles(): Int32Array {
  return childSends;
}

/** The rank's position in the tree rooted at `root`: the root is 0. */
export function relativeRank(rank: i32, root: i32, size: i32): i32 {
  return (rank - root + size) % size;
}

/** The rank at tree position `relative`. */
export function absoluteRank(relative: i32, root: i32, size: i32): i32 {
  return (relative + root) % size;
}

/**
 * The lowest set bit of `relative` (its parent is relative minus this), or
 * for the root the first power of two that is at least `size`. Every child
 * is at relative + m for a power of two m below it.
 */
export function parentDistance(relative: i32, size: i32): i32 {
  let mask: i32 = 1;
  while (mask < size && (relative & mask) === 0) {
    mask = mask << 1;
  }
  return mask;
}

/** How many ranks the subtree rooted at `relative` holds (itself included). */
export function subtreeSize(relative: i32, size: i32): i32 {
  const distance: i32 = parentDistance(relative, size);
  return distance < size - relative ? distance : size - relative;
}

// The tag of each collective's messages. Collective traffic has its own
// context (it never matches user point-to-point messages), and every rank
// calls the collectives in the same order, so within that context a fixed
// tag per collective is enough: messages between two ranks are matched by
// (source, tag) in the order they were sent, which is the order both sides'
// algorithms expect. Distinct tags only keep one collective's messages from
// ever being taken by another's receive when ranks run ahead of each other.

export const TAG_BARRIER: i32 = 1;
export const TAG_BROADCAST: i32 = 2;
export const TAG_REDUCE: i32 = 3;
export const TAG_ALLREDUCE: i32 = 4;
export const TAG_GATHER: i32 = 5;
export const TAG_SCATTER: i32 = 6;
export const TAG_ALLGATHER: i32 = 7;
export const TAG_ALLTOALL: i32 = 8;

// Which core this is and how many there are: the instance's rank and the
// machine's core count, as toro/kernel's rank() and cores() report them.
//
// The rank is a per-instance module variable (each core has its own copy,
// reached through GS, docs/runtime-abi.md): 0 on the boot core, set by
// every secondary core before anything else it runs can report
// (secondary_cores.ts). The count is one value for the whole machine,
// written by the boot core before any other core starts and only read
// afterwards, so reading it needs no atomic access.

let rank: i32 = 0;
/** @shared */
let coreTotal: i32 = 1;

/** This instance's rank: the index of the core it runs on, 0 .. coreCount() - 1. */
export function currentCore(): i32 {
  return rank;
}

export function coreCount(): i32 {
  return coreTotal;
}

/** Run once by each secondary core, first thing, with its index. */
export function setCurrentCore(core: i32): void {
  rank = core;
}

/** Run once by the boot core, before other cores start. */
export function setCoreCount(count: i32): void {
  coreTotal = count;
}

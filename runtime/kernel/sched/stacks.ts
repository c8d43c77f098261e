// Thread stacks: THREAD_STACK_BYTES of the running core's pool each, as manual
// blocks (allocateManual: page-aligned, never collected; freed after the
// thread has finished by the core it ran on, which allocated it).
//
// No guard page: the pools lie in the part of RAM that boot.s maps with
// 2 MiB pages, where a single page below a stack cannot be unmapped without
// splitting the page at run time. Instead a canary word at the lowest
// address of the stack is checked whenever the thread gives up its core: a
// thread that ran past the bottom of its stack (and wrote over the canary)
// is reported as a panic at its next switch, before another thread runs.
// This catches an overflow late and not always (a frame can skip the
// canary word, and the memory below the stack is already damaged).
//
// A core's main thread runs on the stack the core started on, which has an
// unmapped guard page below it, and owns no block here.
import { load64, store64 } from "toro/unsafe";
import { allocateManual, free } from "../memory/heap";

/** 64 KiB, as the boot stack. */
export const THREAD_STACK_BYTES: usize = 65536;
/** An unlikely value (neither a small number nor an address) at the bottom of every thread stack. */
const STACK_CANARY: u64 = 0x001f2e3d4c5b6a79;

/** A new stack's block (its lowest address), with the canary in place. */
export function allocateStack(): usize {
  const block: usize = allocateManual(THREAD_STACK_BYTES);
  store64(block, STACK_CANARY);
  return block;
}

/** The exclusive top of the stack whose block is `block` (16-byte aligned). */
export function stackTopOf(block: usize): usize {
  return block + THREAD_STACK_BYTES;
}

/** False when something wrote over the canary of the stack at `block`. */
export function stackIntact(block: usize): boolean {
  return load64(block) === STACK_CANARY;
}

export function freeStack(block: usize): void {
  free(block);
}

// The collector's roots: where references to a core's blocks can be held
// outside the heap. A collection marks from
//   1. the callee-saved registers, spilled into the pool header;
//   2. the running stack, from the current stack pointer up to its top;
//   3. the core's program instance: its module variables (GS base, size
//      __toro_instance_size; compiler/lower/instance-variables.ts);
//   4. the image's writable data holding compiled globals (`@shared`
//      variables, the boot core's instance block): linker.ld's
//      __toro_roots_data_start .. __toro_roots_data_end, which leave out
//      boot.s's page tables, boot stack and IDT.
// Caller-saved registers need nothing: a collection runs inside a call
// (__toro_alloc), across which compiled code keeps no value in them.
//
// The stack top is per core (a per-instance variable). The boot core records it
// on entry to __toro_kernel_main (main.ts), above every frame that can hold a
// reference. The scheduler calls setStackTop whenever it switches stacks, and
// installs a marker (setSuspendedStacksMarker) that marks each suspended
// thread's saved registers and stack (sched/collector_hook.ts), so that
// threads other than the running one are roots too.
//
// The machine-specific helpers are in arch/x86_64/collector_roots.s.
import { HEADER_REGISTER_SPILL, REGISTER_SPILL_BYTES } from "./layout";
import { markRange } from "./marking";
import { panicWithoutLocation } from "../panic";

/** Stores rbx, rbp, r12-r15 at `buffer` and returns the caller's stack pointer. */
declare function __toro_spill_registers(buffer: usize): usize;
/** The GS base: the running core's instance block. */
declare function __toro_instance_base(): usize;
/** __toro_instance_size: the bytes of an instance block. */
declare function __toro_instance_bytes(): usize;
/** linker.ld's __toro_roots_data_start and __toro_roots_data_end. */
declare function __toro_static_roots_start(): usize;
declare function __toro_static_roots_end(): usize;

/** The highest address (exclusive) of the running stack, 0 until recorded. */
let stackTop: usize = 0;

/**
 * Marks the stacks of the core's suspended threads, once the scheduler has
 * installed it (per core: each core's scheduler installs its own). No
 * initialiser: the scheduler may install it before the module initialisers
 * run, and an initialiser would then overwrite it.
 */
let suspendedStacksMarker: (pool: usize) => void;
let suspendedStacksMarkerInstalled: boolean = false;

export function setSuspendedStacksMarker(marker: (pool: usize) => void): void {
  suspendedStacksMarker = marker;
  suspendedStacksMarkerInstalled = true;
}

/** Records the top of the stack the calling core now runs on. */
export function setStackTop(top: usize): void {
  stackTop = top;
}

export function currentStackTop(): usize {
  return stackTop;
}

/** Marks everything the roots of the calling core reach in `pool`. */
export function markRoots(pool: usize): void {
  if (stackTop === 0) {
    panicWithoutLocation("garbage collection on a core whose stack top is not recorded (setStackTop)");
  }
  const spill: usize = pool + HEADER_REGISTER_SPILL;
  const stackPointer: usize = __toro_spill_registers(spill);
  markRange(pool, spill, spill + REGISTER_SPILL_BYTES);
  markRange(pool, stackPointer, stackTop);
  if (suspendedStacksMarkerInstalled) {
    suspendedStacksMarker(pool);
  }
  const instance: usize = __toro_instance_base();
  markRange(pool, instance, instance + __toro_instance_bytes());
  markRange(pool, __toro_static_roots_start(), __toro_static_roots_end());
}

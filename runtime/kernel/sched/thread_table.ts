// The thread table: thread ids, and the one word per thread through which any
// core joins it. It lives in the shared area (shared_area.ts), SLOT_COUNT
// slots of two words:
//   control  generation * CONTROL_GENERATION_UNIT + join state, where the join
//            state is SLOT_VACANT (no thread of this generation is alive),
//            SLOT_ALIVE (alive, nobody joins it), JOINED_BY + j (alive, the
//            thread in slot j waits for it) or SLOT_ABANDONED (below);
//   record   the alive thread's record address (thread_record.ts).
// A thread's id is generation * SLOT_COUNT + slot: the slot says where to
// look, the generation whether the slot still holds that thread. Ids are
// positive i32 values (generations run from 1 to GENERATION_LIMIT - 1, then
// start again at 1), so an id is reused only after its slot has been
// reused GENERATION_LIMIT - 1 times.
//
// Every change of a control word is one sequentially consistent
// compare-exchange against the whole word, generation included:
//  - claimSlot (spawn, any core): vacant (g) -> alive (g + 1);
//  - registerJoiner (join, any core): alive (g) -> joined (g), only if the id's
//    generation is still g; a vacant word or another generation means the
//    thread has already finished;
//  - releaseSlot (the thread's own core, as it finishes): alive or joined (g)
//    -> vacant (g); the joiner it returns is then woken by the caller;
//  - abandonSlot (the thread's core, when its instance ends with threads
//    unfinished): alive or joined (g) -> SLOT_ABANDONED (g), which joins
//    treat as finished but claimSlot never takes: the slot is lost for good,
//    so that the record word stays the abandoned thread's while another
//    core's finishing thread may still be reading it to wake it.
// So a finish and a join cannot miss each other: either the join registered
// first (the finish sees the joiner and wakes it) or the finish vacated the
// word first (the join sees it and returns at once). Other cores never read
// a thread's record through the table except a joiner's, to wake it, and a
// joiner cannot finish while it waits, so the table never leads to a freed
// record. Integer arithmetic avoids shifts of 64-bit values and writes
// division as usize(a / b), so that this file runs the same under Node
// (tests/runtime/kernel/sched), where integers are doubles.
import { atomicCompareExchange64, atomicLoad64, load64, store64 } from "toro/unsafe";
import { panicWithoutLocation } from "../panic";
import { SLOT_COUNT, slotAddress } from "./shared_area";

const CONTROL_GENERATION_UNIT: u64 = 65536;
export const SLOT_VACANT: u64 = 0;
export const SLOT_ALIVE: u64 = 1;
export const JOINED_BY: u64 = 2;
/** Above every JOINED_BY + slot value. */
export const SLOT_ABANDONED: u64 = 65535;
/** Generations are 1 .. GENERATION_LIMIT - 1, so ids stay below 2^31. */
const GENERATION_LIMIT: u64 = 524288;
const SLOT_RECORD: usize = 8;

/** What registerJoiner found. */
export const JOIN_REGISTERED: i32 = 0;
export const JOIN_ALREADY_FINISHED: i32 = 1;
export const JOIN_ALREADY_JOINED: i32 = 2;

/** Where this core looks for a vacant slot first (cores start apart: setSlotSearchStart). */
let searchStart: usize = 0;

export function setSlotSearchStart(slot: usize): void {
  searchStart = slot % SLOT_COUNT;
}

export function idSlot(id: i32): usize {
  return usize(id) % SLOT_COUNT;
}

function idGeneration(id: i32): u64 {
  return u64(usize(id) / SLOT_COUNT);
}

function controlGeneration(control: u64): u64 {
  return u64(control / CONTROL_GENERATION_UNIT);
}

function joinState(control: u64): u64 {
  return control % CONTROL_GENERATION_UNIT;
}

/** True when `id` has the form of an id claimSlot gives out. */
export function isPossibleId(id: i32): boolean {
  return id >= i32(SLOT_COUNT);
}

/** Takes a vacant slot for `record` and returns the new thread's id. */
export function claimSlot(record: usize): i32 {
  const start: usize = searchStart;
  for (let step: usize = 0; step < SLOT_COUNT; step++) {
    const slot: usize = (start + step) % SLOT_COUNT;
    const control: usize = slotAddress(slot);
    const observed: u64 = atomicLoad64(control);
    if (joinState(observed) !== SLOT_VACANT) {
      continue;
    }
    const generation: u64 = nextGeneration(controlGeneration(observed));
    if (atomicCompareExchange64(control, observed, generation * CONTROL_GENERATION_UNIT + SLOT_ALIVE)) {
      // The record word is read only to wake this thread after it joined
      // another, which it does only once it runs: storing it after the
      // claim is early enough, and storing it before could overwrite the
      // record of a core whose claim of the same slot won.
      store64(slotAddress(slot) + SLOT_RECORD, u64(record));
      searchStart = (slot + 1) % SLOT_COUNT;
      return i32(usize(generation) * SLOT_COUNT + slot);
    }
  }
  panicWithoutLocation("too many threads: every slot of the thread table (4096) holds a thread that has not finished");
  return 0;
}

function nextGeneration(generation: u64): u64 {
  const next: u64 = generation + 1;
  return next >= GENERATION_LIMIT ? 1 : next;
}

/** The record of the alive thread in `slot` (valid only while that thread cannot finish). */
export function slotRecord(slot: usize): usize {
  return usize(load64(slotAddress(slot) + SLOT_RECORD));
}

/**
 * Makes the thread in `joinerSlot` the joiner of thread `id`, unless `id` has
 * finished (JOIN_ALREADY_FINISHED) or another thread joins it already
 * (JOIN_ALREADY_JOINED).
 */
export function registerJoiner(id: i32, joinerSlot: usize): i32 {
  const control: usize = slotAddress(idSlot(id));
  while (true) {
    const observed: u64 = atomicLoad64(control);
    const state: u64 = joinState(observed);
    if (controlGeneration(observed) !== idGeneration(id) || state === SLOT_VACANT || state === SLOT_ABANDONED) {
      return JOIN_ALREADY_FINISHED;
    }
    if (joinState(observed) !== SLOT_ALIVE) {
      return JOIN_ALREADY_JOINED;
    }
    const joined: u64 = idGeneration(id) * CONTROL_GENERATION_UNIT + JOINED_BY + u64(joinerSlot);
    if (atomicCompareExchange64(control, observed, joined)) {
      return JOIN_REGISTERED;
    }
  }
  return JOIN_ALREADY_FINISHED;
}

/**
 * Vacates the slot of thread `id`, which is finishing, and returns the slot
 * of the thread that joins it, or SLOT_COUNT when none does.
 */
export function releaseSlot(id: i32): usize {
  return leaveSlot(id, SLOT_VACANT);
}

/**
 * Marks the slot of thread `id`, which will never finish, as abandoned, and
 * returns the slot of the thread that joins it, or SLOT_COUNT when none does.
 */
export function abandonSlot(id: i32): usize {
  return leaveSlot(id, SLOT_ABANDONED);
}

function leaveSlot(id: i32, left: u64): usize {
  const control: usize = slotAddress(idSlot(id));
  while (true) {
    const observed: u64 = atomicLoad64(control);
    const state: u64 = joinState(observed);
    if (controlGeneration(observed) !== idGeneration(id) || state === SLOT_VACANT || state === SLOT_ABANDONED) {
      panicWithoutLocation("thread table corrupted: a finishing thread's slot is not its own");
    }
    if (atomicCompareExchange64(control, observed, idGeneration(id) * CONTROL_GENERATION_UNIT + left)) {
      return state === SLOT_ALIVE ? SLOT_COUNT : usize(state - JOINED_BY);
    }
  }
  return SLOT_COUNT;
}

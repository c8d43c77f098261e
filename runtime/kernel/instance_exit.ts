// The end of a program instance, and of the machine once every instance
// has ended.
//
// exit(code) and the end of the program (code 0: every thread of every core
// has finished, sched/threads.ts) end the calling instance only: its
// unfinished threads count as finished, its core records the status and
// idles (halts for good), as one of N processes would end while the others
// run on. The instance
// that ends last ends the machine with status 0 when every instance ended
// with 0, otherwise with the first nonzero status recorded. Both facts live
// in shared cells (shared_state.ts): the first nonzero status is kept by a
// compare-exchange from 0, and is recorded before the finished count grows,
// so the last instance, which sees the count reach the number of cores,
// also sees every status. A panicking instance never counts as finished:
// the panic ends the machine itself (panic.ts).
import { atomicCompareExchange64, atomicFetchAdd64, atomicLoad64 } from "toro/unsafe";
import { machineHalt } from "./arch/platform";
import { coreCount } from "./core_identity";
import { exitKernel } from "./exit";
import { panicWithoutLocation } from "./panic";
import { endThreadsOfThisCore } from "./sched/threads";
import { CELL_FIRST_FAILURE, CELL_INSTANCES_FINISHED, sharedCell } from "./shared_state";

// The installed end hooks (a fixed few: one per subsystem that needs a last
// look); meaningful up to `endHookCount`.
let firstEndHook: () => void;
let secondEndHook: () => void;
let thirdEndHook: () => void;
let endHookCount: i32 = 0;
const END_HOOK_LIMIT: i32 = 3;

/**
 * Installs a function this instance runs as it ends, after its threads are
 * ended (other cores already see the instance as ended), before its core
 * stops: a subsystem's last look, such as runtime/virtio reporting messages
 * that were never received. Hooks run last installed first, so a layer built
 * on another (toro/mpi on toro/virtio) looks before the one beneath it.
 */
export function atInstanceEnd(hook: () => void): void {
  if (endHookCount === 0) firstEndHook = hook;
  if (endHookCount === 1) secondEndHook = hook;
  if (endHookCount === 2) thirdEndHook = hook;
  if (endHookCount === END_HOOK_LIMIT) panicWithoutLocation("atInstanceEnd: more than 3 end hooks");
  endHookCount++;
}

function runEndHooks(): void {
  // Each hook runs once, even if a later one ends the instance again.
  const count: i32 = endHookCount;
  endHookCount = 0;
  if (count > 2) thirdEndHook();
  if (count > 1) secondEndHook();
  if (count > 0) firstEndHook();
}

/** Ends the calling instance with `code`; never returns. */
export function endInstance(code: i32): void {
  endThreadsOfThisCore();
  runEndHooks();
  const finished: usize = sharedCell(CELL_INSTANCES_FINISHED);
  if (finished === 0) {
    exitKernel(code);
    return;
  }
  if (code !== 0) {
    atomicCompareExchange64(sharedCell(CELL_FIRST_FAILURE), 0, u64(u32(code)));
  }
  const ended: u64 = atomicFetchAdd64(finished, 1) + 1;
  if (ended === u64(coreCount())) {
    exitKernel(i32(u32(atomicLoad64(sharedCell(CELL_FIRST_FAILURE)))));
  }
  machineHalt();
}

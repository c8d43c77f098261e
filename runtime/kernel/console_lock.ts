// The console lock: one core at a time writes to the console, so that lines
// from different cores never interleave inside a line.
//
// A spin lock in a shared cell (shared_state.ts) holding 0 when free and
// the holder's rank + 1 otherwise, taken with compare-exchange and released
// with a store after a compiler fence (x86-64 keeps stores in order, so
// every byte written under the lock reaches the device before the release
// is seen). Lines are short and the holder never waits for anything while
// holding it, so spinning (with `pause`) is the right wait.
//
// Panics must not wait forever: the lock may be held by the panicking core
// itself (a fault while printing), or by a core that stopped while holding
// it (it panicked too, lost the race to report, and halted). So
// acquireConsoleForPanic waits a bounded time and then takes the lock anyway.
// Before the shared cells exist only the boot core runs, and there is
// nothing to lock.
import { atomicCompareExchange64, atomicLoad64, compilerFence, volatileStore64 } from "toro/unsafe";
import { pause, rdtsc } from "toro/x86_64";
import { currentCore } from "./core_identity";
import { CELL_CONSOLE_LOCK, sharedCell } from "./shared_state";

/**
 * How long a panic waits for another core's line to end: 3e8 time-stamp
 * counter ticks, about 0.1 s at the 2 to 4 GHz these counters run at (far
 * longer than any line takes, well within the second a panic may take).
 */
const PANIC_WAIT_TICKS: u64 = 300000000;

export function acquireConsole(): void {
  const lock: usize = sharedCell(CELL_CONSOLE_LOCK);
  if (lock === 0) {
    return;
  }
  const holder: u64 = u64(currentCore() + 1);
  while (!atomicCompareExchange64(lock, 0, holder)) {
    while (atomicLoad64(lock) !== 0) {
      pause();
    }
  }
}

export function releaseConsole(): void {
  const lock: usize = sharedCell(CELL_CONSOLE_LOCK);
  if (lock === 0) {
    return;
  }
  compilerFence();
  volatileStore64(lock, 0);
}

/** Takes the lock for a panic report: at once if this core holds it, else after at most PANIC_WAIT_TICKS. */
export function acquireConsoleForPanic(): void {
  const lock: usize = sharedCell(CELL_CONSOLE_LOCK);
  if (lock === 0) {
    return;
  }
  const holder: u64 = u64(currentCore() + 1);
  const deadline: u64 = rdtsc() + PANIC_WAIT_TICKS;
  while (atomicLoad64(lock) !== holder && !atomicCompareExchange64(lock, 0, holder)) {
    if (rdtsc() > deadline) {
      volatileStore64(lock, holder);
      return;
    }
    pause();
  }
}

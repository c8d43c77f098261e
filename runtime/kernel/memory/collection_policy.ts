// When to collect: the trigger policy of the collector.
//
// A collection runs when the bytes allocated since the last one would exceed
// the budget, and whenever an allocation finds no free pages (before declaring
// out of memory). After a collection the budget is
//
//     max(live bytes, capacity / MINIMUM_BUDGET_DIVISOR)
//
// so the pool grows to about twice the live data before it collects again
// (each collection's cost, proportional to the live data and the pages in
// use, is paid for by at least as many bytes of allocation), and a program
// with little live data still allocates a sixteenth of the pool between
// collections instead of collecting constantly.
import { HEADER_PAGE_COUNT, PAGE_SIZE, headerLoad } from "./layout";

const MINIMUM_BUDGET_DIVISOR: usize = 16;

export function initialBudget(pool: usize): usize {
  return minimumBudget(pool);
}

export function budgetAfterCollection(pool: usize, liveBytes: usize): usize {
  const minimum: usize = minimumBudget(pool);
  return liveBytes > minimum ? liveBytes : minimum;
}

function minimumBudget(pool: usize): usize {
  return usize(headerLoad(pool, HEADER_PAGE_COUNT) * PAGE_SIZE / MINIMUM_BUDGET_DIVISOR);
}

// Freeing from another core (runtime/kernel/memory/remote_free.ts): the
// block goes onto its owner's remote free list and comes back to the owner's
// free lists at its next allocation or collection. Cores are emulated by
// switching the attached pool, as each core's per-instance variable would be.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bootMemory, expectKernelExit } from "./emulated_machine";

const MIB = 1024 * 1024;

function twoCores() {
  const booted = bootMemory(8 * MIB, 2);
  const remoteHead = (core: number): number =>
    booted.machine.load64(booted.kernel.pools.poolOfCore(core) + booted.kernel.layout.HEADER_REMOTE_FREE);
  return { ...booted, remoteHead };
}

test("a manual block freed by another core returns to its owner at the owner's next allocation", () => {
  const { kernel, remoteHead } = twoCores();
  kernel.pools.attachCore(1);
  const block = kernel.heap.allocateManual(100);
  assert.is(kernel.statistics.usedBytes(), 112);
  kernel.pools.attachCore(0);
  kernel.heap.free(block);
  assert.is(kernel.statistics.usedBytes(), 0, "core 0's pool is not touched");
  assert.is(remoteHead(1), block, "the block heads core 1's remote list");
  kernel.pools.attachCore(1);
  assert.is(kernel.statistics.usedBytes(), 112, "still counted until core 1 drains");
  assert.is(kernel.heap.allocateManual(100), block, "drained, then handed out again");
  assert.is(remoteHead(1), 0);
  assert.is(kernel.statistics.usedBytes(), 112);
});

test("frees from other cores stack up and are all taken in one step", () => {
  const { machine, kernel, remoteHead } = twoCores();
  kernel.pools.attachCore(1);
  const blocks = [24, 5000, 700].map((size) => kernel.heap.allocateManual(size));
  const used = kernel.statistics.usedBytes();
  assert.is(used, 32 + 2 * 4096 + 768);
  kernel.pools.attachCore(0);
  for (const block of blocks) kernel.heap.free(block);
  assert.is(remoteHead(1), blocks[2], "last pushed first");
  assert.is(machine.load64(blocks[2]), blocks[1], "linked through the first word");
  assert.is(machine.load64(blocks[1]), blocks[0]);
  assert.is(machine.load64(blocks[0]), 0);
  kernel.pools.attachCore(1);
  kernel.heap.__toro_alloc(16);
  assert.is(remoteHead(1), 0);
  assert.is(kernel.statistics.usedBytes(), 16, "all three freed, the new block counted");
});

test("a collection takes the remote list first", () => {
  const { kernel, remoteHead } = twoCores();
  kernel.pools.attachCore(1);
  const block = kernel.heap.allocateManual(3000);
  kernel.pools.attachCore(0);
  kernel.heap.free(block);
  kernel.pools.attachCore(1);
  kernel.heap.collectThisCore();
  assert.is(remoteHead(1), 0);
  assert.is(kernel.statistics.usedBytes(), 0);
});

test("freeing another core's collected block is a panic", () => {
  const { kernel } = twoCores();
  kernel.pools.attachCore(1);
  const block = kernel.heap.__toro_alloc(64);
  kernel.pools.attachCore(0);
  const exit = expectKernelExit(() => kernel.heap.free(block));
  assert.is(exit.code, 101);
  assert.match(exit.console, /only manual blocks may be freed by another core/);
});

test("a double free through the remote list is caught by the owner", () => {
  const { kernel } = twoCores();
  kernel.pools.attachCore(1);
  const block = kernel.heap.allocateManual(64);
  kernel.heap.allocateManual(64);
  kernel.pools.attachCore(0);
  kernel.heap.free(block);
  kernel.pools.attachCore(1);
  kernel.heap.allocateManual(2000);
  kernel.pools.attachCore(0);
  kernel.heap.free(block);
  kernel.pools.attachCore(1);
  const exit = expectKernelExit(() => kernel.heap.allocateManual(64));
  assert.match(exit.console, /the block is not allocated \(freed twice\?\)/);
});

test.run();

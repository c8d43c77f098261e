// The collector (runtime/kernel/memory/collector.ts, roots.ts, marking.ts,
// sweeping.ts) on hand-built object graphs in emulated memory. A block's
// first words hold the addresses of the blocks it references, as compiled
// objects hold their fields.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SeededRandom, testSeed } from "../../lang/seeded_random";
import { EmulatedMachine, KernelModules, bootMemory, expectKernelExit } from "./emulated_machine";

const MIB = 1024 * 1024;
const PAGE = 4096;
const random = new SeededRandom(testSeed() + 409);

/** Allocates `count` scanned blocks of `size` bytes, each holding the next one's address and its index. */
function chain(machine: EmulatedMachine, kernel: KernelModules, count: number, size: number): number[] {
  const blocks: number[] = [];
  for (let index = 0; index < count; index++) blocks.push(kernel.heap.__toro_alloc(size));
  blocks.forEach((block, index) => {
    machine.store64(block, index + 1 < count ? blocks[index + 1] : 0);
    machine.store64(block + 8, 1000 + index);
  });
  return blocks;
}

/** A pool large enough that the tests below never collect on their own. */
function quietPool(): { machine: EmulatedMachine; kernel: KernelModules } {
  return bootMemory(16 * MIB, 1);
}

test("a root on the stack keeps a chain alive; everything else is reclaimed", () => {
  const { machine, kernel } = quietPool();
  const kept = chain(machine, kernel, 100, 48);
  const garbage = chain(machine, kernel, 200, 48);
  machine.setStackRoots([kept[0]]);
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.collectionCount(), 1);
  assert.is(kernel.statistics.usedBytes(), 100 * 48);
  kept.forEach((block, index) => assert.is(machine.load64(block + 8), 1000 + index, "contents intact"));
  const reused = new Set<number>();
  for (let count = 0; count < 200; count++) reused.add(kernel.heap.__toro_alloc(48));
  assert.equal([...reused].sort(), [...garbage].sort(), "the reclaimed slots are handed out again");
});

test("unreachable cycles are reclaimed", () => {
  const { machine, kernel } = quietPool();
  const cycle = chain(machine, kernel, 3, 64);
  machine.store64(cycle[2], cycle[0]);
  const big = kernel.heap.__toro_alloc(3 * PAGE);
  machine.store64(big, big);
  machine.store64(cycle[1] + 16, big);
  machine.setStackRoots([]);
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), 0);
  assert.is(kernel.statistics.freeBytes(), kernel.statistics.capacityBytes(), "every page back in the free runs");
  assert.is(kernel.statistics.largestFreeRunBytes(), kernel.statistics.capacityBytes(), "coalesced into one run");
});

test("interior pointers retain their block, in slots and in every page of a large object", () => {
  const { machine, kernel } = quietPool();
  const slot = kernel.heap.__toro_alloc(60);
  const large = kernel.heap.__toro_alloc(3 * PAGE);
  const lost = kernel.heap.__toro_alloc(60);
  machine.setStackRoots([slot + 40, large + 2 * PAGE + 8]);
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), 64 + 3 * PAGE);
  assert.is(kernel.heap.__toro_alloc(60), lost, "only the unreferenced slot was freed");
});

test("words that point at free slots, span tails or metadata keep nothing", () => {
  const { machine, kernel } = quietPool();
  const pool = kernel.pools.currentPool();
  const freed = kernel.heap.__toro_alloc(48);
  kernel.heap.__toro_alloc(48);
  kernel.heap.free(freed);
  const tail = kernel.layout.objectsStart(pool) + 85 * 48;
  machine.setStackRoots([freed, tail, pool, pool + 8192, kernel.layout.objectsEnd(pool) - 8]);
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), 0);
});

test("leaf blocks are kept but not scanned; manual blocks are neither reclaimed nor scanned", () => {
  const { machine, kernel } = quietPool();
  const leaf = kernel.heap.__toro_alloc_leaf(32);
  const manual = kernel.heap.allocateManual(32);
  const fromLeaf = kernel.heap.__toro_alloc(16);
  const fromManual = kernel.heap.__toro_alloc(16);
  machine.store64(leaf, fromLeaf);
  machine.store64(manual, fromManual);
  machine.setStackRoots([leaf]);
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), 32 + 32, "the leaf and the manual block only");
  machine.setStackRoots([]);
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), 32, "the manual block stays without roots");
  kernel.heap.free(manual);
  assert.is(kernel.statistics.usedBytes(), 0);
});

test("registers, the instance block and the image's data are roots too", () => {
  const { machine, kernel } = quietPool();
  const [inRegister, inInstance, inData, unreferenced] = [1, 2, 3, 4].map(() => kernel.heap.__toro_alloc(2500));
  machine.registers[3] = inRegister;
  machine.setInstanceWord(5, inInstance);
  machine.setStaticWord(100, inData + 24);
  machine.setStackRoots([]);
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), 3 * PAGE);
  assert.is(kernel.heap.__toro_alloc(2500), unreferenced);
});

test("a graph wider than the mark stack (8192 entries) is still marked completely", () => {
  const { machine, kernel } = quietPool();
  const width = 9000;
  const hub = kernel.heap.__toro_alloc(width * 8);
  for (let index = 0; index < width; index++) {
    const child = kernel.heap.__toro_alloc(16);
    const grandchild = kernel.heap.__toro_alloc(16);
    machine.store64(child, grandchild);
    machine.store64(hub + index * 8, child);
  }
  kernel.heap.__toro_alloc(16);
  assert.is(kernel.statistics.collectionCount(), 0);
  machine.setStackRoots([hub]);
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), Math.ceil((width * 8) / PAGE) * PAGE + 2 * width * 16);
});

test("a long chain does not deepen the mark stack", () => {
  const { machine, kernel } = quietPool();
  const blocks = chain(machine, kernel, 30000, 32);
  machine.setStackRoots([blocks[0]]);
  kernel.heap.collectThisCore();
  assert.is(kernel.statistics.usedBytes(), 30000 * 32);
});

test("collections start by themselves and garbage never fills the pool", () => {
  const { machine, kernel } = bootMemory(4 * MIB, 1);
  const capacity = kernel.statistics.capacityBytes();
  machine.setStackRoots([]);
  for (let count = 0; count < 60000; count++) {
    const size = random.nextUint32() % 8 === 0 ? 2049 + (random.nextUint32() % 6000) : random.nextUint32() % 300;
    const block = kernel.heap.__toro_alloc(size);
    if (size >= 8) machine.store64(block, block);
  }
  assert.ok(kernel.statistics.collectionCount() >= 10, `${kernel.statistics.collectionCount()} collections`);
  const peak = kernel.statistics.peakPagesInUseBytes();
  assert.ok(peak < capacity / 16 + 40 * PAGE, `peak ${peak} of ${capacity}`);
});

test("live data sets the budget: the pool grows to about twice what survives", () => {
  const { machine, kernel } = bootMemory(8 * MIB, 1);
  const live: number[] = [];
  for (let index = 0; index < 40000; index++) {
    const node = kernel.heap.__toro_alloc(48);
    machine.store64(node, index > 0 ? live[index - 1] : 0);
    machine.store64(node + 8, 1000 + index);
    live.push(node);
    machine.setStackRoots([node]);
  }
  assert.ok(kernel.statistics.collectionCount() > 0, "collections while the chain grew, with its head as the root");
  kernel.heap.collectThisCore();
  const liveBytes = kernel.statistics.liveBytesAfterCollection();
  assert.is(liveBytes, 40000 * 48);
  const before = kernel.statistics.collectionCount();
  for (let count = 0; count < 50000; count++) kernel.heap.__toro_alloc(100);
  const collections = kernel.statistics.collectionCount() - before;
  assert.ok(collections >= 2 && collections <= 3, `${collections} collections for 5.6 MB of garbage`);
  assert.ok(kernel.statistics.peakPagesInUseBytes() < 2 * liveBytes + 40 * PAGE);
  live.forEach((block, index) => assert.is(machine.load64(block + 8), 1000 + index));
});

test("keeping everything alive ends in the out-of-memory panic, with the pool's state", () => {
  const { machine, kernel } = bootMemory(4 * MIB, 1);
  let head = 0;
  const exit = expectKernelExit(() => {
    for (;;) {
      const node = kernel.heap.__toro_alloc(64);
      machine.store64(node, head);
      head = node;
      machine.setStackRoots([head]);
    }
  });
  assert.is(exit.code, 101);
  assert.match(
    exit.console,
    /^panic on core 0 \(thread main\): out of memory on core 0: cannot allocate 64 bytes \(scanned\); pool 0x[0-9a-f]+ \(capacity \d+ bytes\): used \d+ bytes, free 0 bytes, largest free run 0 bytes, [1-9]\d* collections\n$/,
  );
  const used = Number(/used (\d+) bytes/.exec(exit.console)![1]);
  assert.ok(used > 0.95 * kernel.statistics.capacityBytes(), `used ${used}`);
});

test("the report names the core whose pool ran out", () => {
  const { machine, kernel } = bootMemory(8 * MIB, 2);
  kernel.pools.attachCore(1);
  const blocks: number[] = [];
  const exit = expectKernelExit(() => {
    for (;;) {
      blocks.push(kernel.heap.__toro_alloc_leaf(100000));
      machine.setStackRoots(blocks);
    }
  });
  assert.match(exit.console, /^panic on core 0 \(thread main\): out of memory on core 1: cannot allocate 100000 bytes \(leaf\); /);
});

test.run();

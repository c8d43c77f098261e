// The allocator (runtime/kernel/memory/allocator.ts, spans.ts, page_runs.ts,
// local_free.ts) on an emulated machine: alignment, zeroing, free lists,
// page runs and the panics of bad frees.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SeededRandom, testSeed } from "../../lang/seeded_random";
import { bootMemory, expectKernelExit } from "./emulated_machine";

const MIB = 1024 * 1024;
const PAGE = 4096;
const random = new SeededRandom(testSeed() + 401);

test("blocks are 16-byte aligned, zeroed, inside the pool and never overlap (all kept alive)", () => {
  const { machine, kernel } = bootMemory(8 * MIB, 1);
  const pool = kernel.pools.currentPool();
  const blocks: Array<[number, number]> = [];
  for (let count = 0; count < 3000; count++) {
    const size = random.nextUint32() % 5 === 0 ? random.nextUint32() % 12000 : random.nextUint32() % 600;
    const block = kernel.heap.__toro_alloc(size);
    machine.pushStackRoot(block);
    assert.is(block % 16, 0);
    assert.ok(block >= kernel.layout.objectsStart(pool) && block + size <= kernel.layout.objectsEnd(pool));
    for (let offset = 0; offset + 8 <= size; offset += 8) assert.is(machine.load64(block + offset), 0);
    for (let offset = 0; offset + 8 <= size; offset += 8) machine.store64(block + offset, 0xdead);
    blocks.push([block, Math.max(size, 1)]);
  }
  blocks.sort((left, right) => left[0] - right[0]);
  for (let index = 1; index < blocks.length; index++) {
    assert.ok(blocks[index - 1][0] + blocks[index - 1][1] <= blocks[index][0], "blocks overlap");
  }
});

test("large blocks (over 2048 bytes) are whole pages", () => {
  const { kernel } = bootMemory(4 * MIB, 1);
  const before = kernel.statistics.usedBytes();
  const block = kernel.heap.__toro_alloc(2049);
  assert.is(block % PAGE, 0);
  assert.is(kernel.statistics.usedBytes() - before, PAGE);
  kernel.heap.__toro_alloc(3 * PAGE + 1);
  assert.is(kernel.statistics.usedBytes() - before, 5 * PAGE);
});

test("a freed slot is the next one handed out in its class and kind, zeroed again", () => {
  const { machine, kernel } = bootMemory(4 * MIB, 1);
  const first = kernel.heap.__toro_alloc(40);
  const second = kernel.heap.__toro_alloc(40);
  assert.is(second - first, 48, "consecutive slots of the 48-byte class");
  machine.store64(first, 12345);
  kernel.heap.free(first);
  assert.is(kernel.heap.__toro_alloc_leaf(40) === first, false, "leaf blocks come from other spans");
  assert.is(kernel.heap.__toro_alloc(33), first, "same class and kind: the freed slot");
  assert.is(machine.load64(first), 0);
});

test("used bytes count slot sizes and go back down on free", () => {
  const { kernel } = bootMemory(4 * MIB, 1);
  const blocks = [1, 16, 17, 130, 2048].map((size) => kernel.heap.__toro_alloc(size));
  assert.is(kernel.statistics.usedBytes(), 16 + 16 + 32 + 160 + 2048);
  for (const block of blocks) kernel.heap.free(block);
  assert.is(kernel.statistics.usedBytes(), 0);
});

test("freed page runs coalesce with both neighbours", () => {
  const { kernel } = bootMemory(4 * MIB, 1);
  const statistics = kernel.statistics;
  const whole = statistics.largestFreeRunBytes();
  assert.is(whole, statistics.capacityBytes(), "a new pool is one free run");
  const blocks = [0, 1, 2, 3].map(() => kernel.heap.__toro_alloc(2 * PAGE));
  assert.is(statistics.largestFreeRunBytes(), whole - 8 * PAGE);
  kernel.heap.free(blocks[0]);
  kernel.heap.free(blocks[2]);
  assert.is(statistics.largestFreeRunBytes(), whole - 8 * PAGE, "two separate holes");
  kernel.heap.free(blocks[1]);
  assert.is(statistics.freeBytes(), whole - 2 * PAGE);
  kernel.heap.free(blocks[3]);
  assert.is(statistics.largestFreeRunBytes(), whole, "one run again");
  const again = kernel.heap.__toro_alloc(8 * PAGE);
  assert.is(again, blocks[0], "the merged run is reused from its start");
});

test("first fit takes a hole of the right size before splitting the big run", () => {
  const { kernel } = bootMemory(4 * MIB, 1);
  const blocks = [3, 1, 3].map((pages) => kernel.heap.__toro_alloc(pages * PAGE));
  kernel.heap.free(blocks[1]);
  assert.is(kernel.heap.__toro_alloc(PAGE), blocks[1]);
});

test("freeing twice is a panic naming the address", () => {
  const { kernel } = bootMemory(4 * MIB, 1);
  const block = kernel.heap.__toro_alloc(64);
  kernel.heap.free(block);
  const exit = expectKernelExit(() => kernel.heap.free(block));
  assert.is(exit.code, 101);
  assert.is(exit.console, `panic on core 0 (thread main): free(0x${block.toString(16)}): the block is not allocated (freed twice?)\n`);
});

test("freeing an interior address is a panic", () => {
  const { kernel } = bootMemory(4 * MIB, 1);
  const block = kernel.heap.__toro_alloc(64);
  const exit = expectKernelExit(() => kernel.heap.free(block + 16));
  assert.match(exit.console, /not the start of an allocated block/);
});

test("freeing an address outside every pool is a panic", () => {
  const { kernel } = bootMemory(4 * MIB, 1);
  const exit = expectKernelExit(() => kernel.heap.free(0x20000));
  assert.match(exit.console, /^panic on core 0 \(thread main\): free\(0x20000\): not in the object pages of any core's pool/);
});

test("a request larger than the pool is out of memory at once", () => {
  const { kernel } = bootMemory(4 * MIB, 1);
  const exit = expectKernelExit(() => kernel.heap.__toro_alloc(64 * MIB));
  assert.match(exit.console, /^panic on core 0 \(thread main\): out of memory on core 0: cannot allocate 67108864 bytes \(scanned\); /);
  assert.match(exit.console, /, 0 collections\n$/);
});

test.run();

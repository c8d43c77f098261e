// Division of RAM into per-core pools (runtime/kernel/memory/pools.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EmulatedMachine, RAM_START, bootMemory, expectKernelExit } from "./emulated_machine";

const MIB = 1024 * 1024;
const PAGE = 4096;

test("three cores get disjoint, page-aligned pools that cover the RAM after the directory page", () => {
  const { machine, kernel } = bootMemory(6 * MIB + 5 * PAGE, 3);
  const pools = [0, 1, 2].map((core) => kernel.pools.poolOfCore(core));
  assert.is(pools[0], RAM_START + PAGE, "pool 0 follows the directory page");
  for (const pool of pools) assert.is(pool % PAGE, 0);
  assert.is(pools[1] - pools[0], pools[2] - pools[1], "equal pools");
  for (let core = 0; core < 3; core++) {
    const pool = pools[core];
    const objectsStart = kernel.layout.objectsStart(pool);
    const objectsEnd = kernel.layout.objectsEnd(pool);
    assert.is(objectsStart % PAGE, 0);
    assert.ok(objectsStart > pool, "metadata first");
    const limit = core < 2 ? pools[core + 1] : machine.ramEnd;
    assert.ok(objectsEnd <= limit, `pool ${core} stays inside its range`);
    assert.ok(limit - objectsEnd < 2 * PAGE, `pool ${core} wastes less than two pages at its end`);
    assert.is(kernel.pools.poolContaining(objectsStart), pool);
    assert.is(kernel.pools.poolContaining(limit - 1), pool);
  }
  assert.is(kernel.pools.poolContaining(RAM_START), 0, "the directory belongs to no pool");
  assert.is(kernel.pools.poolContaining(machine.ramEnd), 0);
});

test("a core allocates from its own pool only after attachCore", () => {
  const { kernel } = bootMemory(4 * MIB, 2);
  const onZero = kernel.heap.__toro_alloc(100);
  assert.is(kernel.pools.poolContaining(onZero), kernel.pools.poolOfCore(0));
  kernel.pools.attachCore(1);
  const onOne = kernel.heap.__toro_alloc(100);
  assert.is(kernel.pools.poolContaining(onOne), kernel.pools.poolOfCore(1));
});

test("metadata is about 2.4% of a pool: 96-byte page records plus a header page and a 64 KiB mark stack", () => {
  const { kernel } = bootMemory(64 * MIB, 1);
  const capacity = kernel.statistics.capacityBytes();
  assert.ok(capacity / (64 * MIB - PAGE) > 0.975, `capacity ${capacity}`);
});

test("allocating before the pools exist is a panic naming the request", () => {
  const machine = new EmulatedMachine(4 * MIB);
  const kernel = machine.loadKernel();
  const exit = expectKernelExit(() => kernel.heap.__toro_alloc(48));
  assert.is(exit.code, 101);
  assert.match(exit.console, /^panic on core 0 \(thread main\): allocation of 48 bytes on a core without a memory pool/);
});

test("a pool too small for its metadata is a panic", () => {
  const machine = new EmulatedMachine(256 * 1024);
  const kernel = machine.loadKernel();
  const exit = expectKernelExit(() => kernel.pools.initialisePools(RAM_START, machine.ramEnd, 2));
  assert.match(exit.console, /^panic on core 0 \(thread main\): memory set-up: pool too small/);
});

test.run();

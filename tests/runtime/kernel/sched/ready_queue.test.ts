// The ready queue (runtime/kernel/sched/ready_queue.ts): first in, first
// out, whatever the interleaving of additions and removals, so that threads
// that yield take turns in a fixed order.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bootScheduler } from "./scheduler_machine";

function records(count: number, allocate: (bytes: number) => number, bytes: number): number[] {
  return Array.from({ length: count }, () => allocate(bytes));
}

test("threads leave in the order they arrived", () => {
  const { machine, modules } = bootScheduler();
  const queue = modules.readyQueue;
  const threads = records(5, (bytes) => machine.allocate(bytes), modules.record.RECORD_BYTES);
  assert.ok(queue.readyEmpty());
  threads.forEach((thread) => queue.enqueueReady(thread));
  assert.is(queue.readyCount(), 5);
  assert.equal(threads.map(() => queue.takeReady()), threads);
  assert.is(queue.takeReady(), 0, "empty again");
  assert.ok(queue.readyEmpty());
  assert.is(queue.readyCount(), 0);
});

test("a yielding thread goes behind every thread already waiting (round robin)", () => {
  const { machine, modules } = bootScheduler();
  const queue = modules.readyQueue;
  const [a, b, c] = records(3, (bytes) => machine.allocate(bytes), modules.record.RECORD_BYTES);
  queue.enqueueReady(b);
  queue.enqueueReady(c);
  const order: number[] = [];
  let running = a;
  for (let turn = 0; turn < 9; turn++) {
    order.push(running);
    queue.enqueueReady(running);
    running = queue.takeReady();
  }
  assert.equal(order, [a, b, c, a, b, c, a, b, c]);
});

test("interleaved additions and removals keep the order; the queue can empty and refill", () => {
  const { machine, modules } = bootScheduler();
  const queue = modules.readyQueue;
  const threads = records(6, (bytes) => machine.allocate(bytes), modules.record.RECORD_BYTES);
  queue.enqueueReady(threads[0]);
  queue.enqueueReady(threads[1]);
  assert.is(queue.takeReady(), threads[0]);
  queue.enqueueReady(threads[2]);
  assert.is(queue.takeReady(), threads[1]);
  assert.is(queue.takeReady(), threads[2]);
  assert.is(queue.takeReady(), 0);
  queue.enqueueReady(threads[3]);
  queue.enqueueReady(threads[4]);
  queue.enqueueReady(threads[5]);
  assert.equal([queue.takeReady(), queue.takeReady(), queue.takeReady(), queue.takeReady()], [threads[3], threads[4], threads[5], 0]);
});

test.run();

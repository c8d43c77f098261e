// The sleep list (runtime/kernel/sched/sleep_list.ts): sleepers wake in
// deadline order, equal deadlines in the order they went to sleep, and only
// once their deadline has come.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SeededRandom, testSeed } from "../../lang/seeded_random";
import { SchedulerMachine, SchedulerModules, bootScheduler } from "./scheduler_machine";

const random = new SeededRandom(testSeed() + 1303);

function sleeper(machine: SchedulerMachine, modules: SchedulerModules, deadline: number): number {
  const record = machine.allocate(modules.record.RECORD_BYTES);
  machine.store64(record + modules.record.RECORD_DEADLINE, deadline);
  return record;
}

/** Takes every sleeper due at `now`, in the order the list gives them. */
function takeAll(modules: SchedulerModules, now: number): number[] {
  const taken: number[] = [];
  for (let record = modules.sleepList.takeExpiredSleeper(now); record !== 0; record = modules.sleepList.takeExpiredSleeper(now)) {
    taken.push(record);
  }
  return taken;
}

test("an empty list has no deadline and wakes nobody", () => {
  const { modules } = bootScheduler();
  assert.not.ok(modules.sleepList.sleepersWaiting());
  assert.is(modules.sleepList.earliestDeadline(), modules.sleepList.NO_DEADLINE);
  assert.is(modules.sleepList.takeExpiredSleeper(1e15), 0);
});

test("sleepers wake by deadline, not by the order they went to sleep", () => {
  const { machine, modules } = bootScheduler();
  const late = sleeper(machine, modules, 500);
  const early = sleeper(machine, modules, 100);
  const middle = sleeper(machine, modules, 300);
  [late, early, middle].forEach((record) => modules.sleepList.insertSleeper(record));
  assert.is(modules.sleepList.earliestDeadline(), 100);
  assert.equal(takeAll(modules, 99), [], "nobody is due before the earliest deadline");
  assert.equal(takeAll(modules, 100), [early], "a deadline is due at its own value");
  assert.is(modules.sleepList.earliestDeadline(), 300);
  assert.equal(takeAll(modules, 1000), [middle, late]);
  assert.not.ok(modules.sleepList.sleepersWaiting());
});

test("equal deadlines wake in the order the threads went to sleep", () => {
  const { machine, modules } = bootScheduler();
  const first = sleeper(machine, modules, 200);
  const before = sleeper(machine, modules, 100);
  const second = sleeper(machine, modules, 200);
  const third = sleeper(machine, modules, 200);
  [first, before, second, third].forEach((record) => modules.sleepList.insertSleeper(record));
  assert.equal(takeAll(modules, 200), [before, first, second, third]);
});

test("random deadlines come out sorted, each exactly once (seeded)", () => {
  const { machine, modules } = bootScheduler();
  const entries: Array<{ record: number; deadline: number; order: number }> = [];
  for (let order = 0; order < 300; order++) {
    const deadline = random.nextBelow(50) * 10;
    const record = sleeper(machine, modules, deadline);
    modules.sleepList.insertSleeper(record);
    entries.push({ record, deadline, order });
  }
  const expected = [...entries].sort((a, b) => a.deadline - b.deadline || a.order - b.order).map((entry) => entry.record);
  const taken: number[] = [];
  for (let now = 0; now <= 500; now += 70) taken.push(...takeAll(modules, now));
  assert.equal(taken, expected);
});

test.run();

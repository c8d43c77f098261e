// Waiting for work and waking waiting cores (runtime/kernel/sched/idle.ts):
// a core waits only when its mailbox is empty and threads are alive, and a
// core that posts to another wakes it exactly when it is waiting, so no
// wake-up is lost and no busy core is interrupted. platform.ts is replaced
// by recorders (scheduler_machine.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SchedulerMachine, SchedulerModules, bootScheduler } from "./scheduler_machine";

function twoCores(): { machine: SchedulerMachine; modules: SchedulerModules } {
  const { machine, modules } = bootScheduler();
  modules.coreIdentity.setCoreCount(2);
  modules.sharedArea.initialiseSharedArea(2);
  return { machine, modules };
}

test("a core with an empty mailbox waits until its deadline, its idle flag up meanwhile", () => {
  const { machine, modules } = twoCores();
  const flag = modules.sharedArea.idleFlagAddress(0);
  let flagWhileWaiting = -1;
  machine.onWait = () => {
    flagWhileWaiting = machine.load64(flag);
  };
  modules.idle.waitForWork(12345);
  assert.equal(machine.waits, [12345]);
  assert.is(flagWhileWaiting, 1, "raised while waiting, so posters wake it");
  assert.is(machine.load64(flag), 0, "lowered afterwards");
});

test("a core with mail does not wait", () => {
  const { machine, modules } = twoCores();
  const record = machine.allocate(modules.record.RECORD_BYTES);
  modules.idle.postToCore(0, record);
  modules.idle.waitForWork(12345);
  assert.equal(machine.waits, []);
});

test("a core does not wait once no thread is alive anywhere", () => {
  const { machine, modules } = twoCores();
  modules.sharedArea.threadFinished();
  modules.sharedArea.threadFinished();
  assert.is(modules.sharedArea.liveThreads(), 0);
  modules.idle.waitForWork(12345);
  assert.equal(machine.waits, []);
});

test("posting to a busy core does not wake it; posting to a waiting core does", () => {
  const { machine, modules } = twoCores();
  const [first, second] = [machine.allocate(modules.record.RECORD_BYTES), machine.allocate(modules.record.RECORD_BYTES)];
  modules.idle.postToCore(1, first);
  assert.equal(machine.wakes, []);
  machine.store64(modules.sharedArea.idleFlagAddress(1), 1);
  modules.idle.postToCore(1, second);
  assert.equal(machine.wakes, [1]);
});

test("the end of the program wakes every other waiting core, not the caller", () => {
  const { machine, modules } = bootScheduler();
  modules.coreIdentity.setCoreCount(4);
  modules.sharedArea.initialiseSharedArea(4);
  modules.coreIdentity.setCurrentCore(2);
  for (const core of [0, 2, 3]) machine.store64(modules.sharedArea.idleFlagAddress(core), 1);
  modules.idle.wakeEveryWaitingCore();
  assert.equal(machine.wakes, [0, 3]);
});

test("the live count: started threads add, finished ones subtract, below zero is a panic", () => {
  const { modules } = twoCores();
  modules.sharedArea.threadStarted();
  assert.is(modules.sharedArea.liveThreads(), 3);
  assert.is(modules.sharedArea.threadFinished(), 2);
  assert.is(modules.sharedArea.threadFinished(), 1);
  assert.is(modules.sharedArea.threadFinished(), 0);
  assert.throws(() => modules.sharedArea.threadFinished(), /more threads finished than were started/);
});

test.run();

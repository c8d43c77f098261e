// The thread table (runtime/kernel/sched/thread_table.ts): ids, and the
// protocol by which a thread on any core joins a thread on any other. The
// finish/join races are staged with beforeCompareExchange
// (scheduler_machine.ts): the other core acts after this one read the
// control word and before its compare-exchange.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SchedulerMachine, SchedulerModules, bootScheduler, expectPanic } from "./scheduler_machine";

function setUp(): { machine: SchedulerMachine; modules: SchedulerModules; spawnRecord: () => { record: number; id: number } } {
  const { machine, modules } = bootScheduler();
  modules.sharedArea.initialiseSharedArea(1);
  const spawnRecord = (): { record: number; id: number } => {
    const record = machine.allocate(modules.record.RECORD_BYTES);
    return { record, id: modules.threadTable.claimSlot(record) };
  };
  return { machine, modules, spawnRecord };
}

/** The control word of `id`'s slot, where the table's compare-exchanges act. */
function controlAddress(modules: SchedulerModules, id: number): number {
  return modules.sharedArea.slotAddress(modules.threadTable.idSlot(id));
}

test("ids are positive, distinct, and name the slot that holds the record", () => {
  const { modules, spawnRecord } = setUp();
  const threads = Array.from({ length: 100 }, spawnRecord);
  const ids = new Set(threads.map((thread) => thread.id));
  assert.is(ids.size, 100);
  for (const { record, id } of threads) {
    assert.ok(id > 0 && id <= 2147483647, `id ${id} is a positive i32`);
    assert.ok(modules.threadTable.isPossibleId(id));
    assert.is(modules.threadTable.slotRecord(modules.threadTable.idSlot(id)), record);
  }
  assert.not.ok(modules.threadTable.isPossibleId(0));
  assert.not.ok(modules.threadTable.isPossibleId(-5));
});

test("a join registered before the finish is returned by the finish, to be woken", () => {
  const { modules, spawnRecord } = setUp();
  const target = spawnRecord();
  const joiner = spawnRecord();
  const joinerSlot = modules.threadTable.idSlot(joiner.id);
  assert.is(modules.threadTable.registerJoiner(target.id, joinerSlot), modules.threadTable.JOIN_REGISTERED);
  assert.is(modules.threadTable.releaseSlot(target.id), joinerSlot);
  assert.is(modules.threadTable.slotRecord(joinerSlot), joiner.record, "the finisher finds the joiner's record");
});

test("a join after the finish returns at once, and the finish had no joiner to wake", () => {
  const { modules, spawnRecord } = setUp();
  const target = spawnRecord();
  const joiner = spawnRecord();
  assert.is(modules.threadTable.releaseSlot(target.id), modules.sharedArea.SLOT_COUNT, "nobody joined");
  assert.is(modules.threadTable.registerJoiner(target.id, modules.threadTable.idSlot(joiner.id)), modules.threadTable.JOIN_ALREADY_FINISHED);
});

test("a finish that slips in before the join's compare-exchange is seen by the join", () => {
  const { machine, modules, spawnRecord } = setUp();
  const target = spawnRecord();
  const joiner = spawnRecord();
  let finishSawJoiner = -1;
  machine.beforeCompareExchange(controlAddress(modules, target.id), () => {
    finishSawJoiner = modules.threadTable.releaseSlot(target.id);
  });
  assert.is(modules.threadTable.registerJoiner(target.id, modules.threadTable.idSlot(joiner.id)), modules.threadTable.JOIN_ALREADY_FINISHED);
  assert.is(finishSawJoiner, modules.sharedArea.SLOT_COUNT, "the finish found no joiner, and the join does not wait");
});

test("a join that slips in before the finish's compare-exchange is seen by the finish", () => {
  const { machine, modules, spawnRecord } = setUp();
  const target = spawnRecord();
  const joiner = spawnRecord();
  const joinerSlot = modules.threadTable.idSlot(joiner.id);
  let joinOutcome = -1;
  machine.beforeCompareExchange(controlAddress(modules, target.id), () => {
    joinOutcome = modules.threadTable.registerJoiner(target.id, joinerSlot);
  });
  assert.is(modules.threadTable.releaseSlot(target.id), joinerSlot, "the finish wakes the joiner");
  assert.is(joinOutcome, modules.threadTable.JOIN_REGISTERED);
});

test("a second joiner is refused; the first stays registered", () => {
  const { modules, spawnRecord } = setUp();
  const target = spawnRecord();
  const first = spawnRecord();
  const second = spawnRecord();
  assert.is(modules.threadTable.registerJoiner(target.id, modules.threadTable.idSlot(first.id)), modules.threadTable.JOIN_REGISTERED);
  assert.is(modules.threadTable.registerJoiner(target.id, modules.threadTable.idSlot(second.id)), modules.threadTable.JOIN_ALREADY_JOINED);
  assert.is(modules.threadTable.releaseSlot(target.id), modules.threadTable.idSlot(first.id));
});

test("a reused slot gives a new id; joining the old id returns at once", () => {
  const { modules, spawnRecord } = setUp();
  modules.threadTable.setSlotSearchStart(7);
  const old = spawnRecord();
  modules.threadTable.releaseSlot(old.id);
  modules.threadTable.setSlotSearchStart(7);
  const reuser = spawnRecord();
  const joiner = spawnRecord();
  assert.is(modules.threadTable.idSlot(reuser.id), modules.threadTable.idSlot(old.id), "same slot");
  assert.is.not(reuser.id, old.id);
  assert.is(modules.threadTable.registerJoiner(old.id, modules.threadTable.idSlot(joiner.id)), modules.threadTable.JOIN_ALREADY_FINISHED);
  assert.is(modules.threadTable.registerJoiner(reuser.id, modules.threadTable.idSlot(joiner.id)), modules.threadTable.JOIN_REGISTERED);
});

test("two cores claiming the same vacant slot: the loser takes another", () => {
  const { machine, modules, spawnRecord } = setUp();
  modules.threadTable.setSlotSearchStart(20);
  let other = { record: 0, id: 0 };
  machine.beforeCompareExchange(modules.sharedArea.slotAddress(20), () => {
    modules.threadTable.setSlotSearchStart(20);
    other = spawnRecord();
  });
  const mine = spawnRecord();
  assert.is(modules.threadTable.idSlot(other.id), 20);
  assert.is(modules.threadTable.idSlot(mine.id), 21);
  assert.is(modules.threadTable.slotRecord(20), other.record, "the winner's record is not overwritten");
  assert.is(modules.threadTable.slotRecord(21), mine.record);
});

test("an abandoned thread counts as finished for joins, hands over its joiner, and its slot is never reused", () => {
  const { modules, spawnRecord } = setUp();
  modules.threadTable.setSlotSearchStart(30);
  const abandoned = spawnRecord();
  const joiner = spawnRecord();
  const late = spawnRecord();
  const joinerSlot = modules.threadTable.idSlot(joiner.id);
  assert.is(modules.threadTable.registerJoiner(abandoned.id, joinerSlot), modules.threadTable.JOIN_REGISTERED);
  assert.is(modules.threadTable.abandonSlot(abandoned.id), joinerSlot);
  assert.is(modules.threadTable.registerJoiner(abandoned.id, modules.threadTable.idSlot(late.id)), modules.threadTable.JOIN_ALREADY_FINISHED);
  assert.is(modules.threadTable.slotRecord(30), abandoned.record, "the record word stays the abandoned thread's");
  modules.threadTable.setSlotSearchStart(30);
  const next = spawnRecord();
  assert.is.not(modules.threadTable.idSlot(next.id), 30, "claimSlot passes over the abandoned slot");
  assert.throws(() => modules.threadTable.releaseSlot(abandoned.id), /thread table corrupted/);
});

test("finishing a thread whose slot is not its own is a panic", () => {
  const { modules, spawnRecord } = setUp();
  const thread = spawnRecord();
  modules.threadTable.releaseSlot(thread.id);
  assert.match(expectPanic(() => modules.threadTable.releaseSlot(thread.id)).message, /thread table corrupted/);
});

test("a full table is a panic naming the limit", () => {
  const { modules, spawnRecord } = setUp();
  for (let index = 0; index < modules.sharedArea.SLOT_COUNT; index++) spawnRecord();
  assert.match(expectPanic(spawnRecord).message, /too many threads.*4096/);
});

test.run();

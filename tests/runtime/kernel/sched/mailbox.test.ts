// A core's mailbox (runtime/kernel/sched/mailbox.ts): records pushed by any
// core come out of one take in posting order, and pushes and takes that race
// (staged with beforeCompareExchange, scheduler_machine.ts) lose nothing and
// deliver nothing twice.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SchedulerMachine, SchedulerModules, bootScheduler } from "./scheduler_machine";

function setUp(): { machine: SchedulerMachine; modules: SchedulerModules; head: number; records: (count: number) => number[] } {
  const { machine, modules } = bootScheduler();
  const head = machine.allocate(64);
  const records = (count: number): number[] => Array.from({ length: count }, () => machine.allocate(modules.record.RECORD_BYTES));
  return { machine, modules, head, records };
}

/** The records of a taken list, first to last. */
function listed(modules: SchedulerModules, first: number): number[] {
  const result: number[] = [];
  for (let record = first; record !== 0; record = modules.mailbox.nextInMailboxList(record)) result.push(record);
  return result;
}

test("an empty mailbox gives nothing", () => {
  const { modules, head } = setUp();
  assert.not.ok(modules.mailbox.mailboxPending(head));
  assert.is(modules.mailbox.takeMailbox(head), 0);
});

test("one take returns every posted record, first posted first", () => {
  const { modules, head, records } = setUp();
  const posted = records(4);
  posted.forEach((record) => modules.mailbox.pushMailbox(head, record));
  assert.ok(modules.mailbox.mailboxPending(head));
  assert.equal(listed(modules, modules.mailbox.takeMailbox(head)), posted);
  assert.not.ok(modules.mailbox.mailboxPending(head), "the take emptied it");
  assert.is(modules.mailbox.takeMailbox(head), 0);
});

test("records posted after a take wait for the next one", () => {
  const { modules, head, records } = setUp();
  const [a, b, c] = records(3);
  modules.mailbox.pushMailbox(head, a);
  assert.equal(listed(modules, modules.mailbox.takeMailbox(head)), [a]);
  modules.mailbox.pushMailbox(head, b);
  modules.mailbox.pushMailbox(head, c);
  assert.equal(listed(modules, modules.mailbox.takeMailbox(head)), [b, c]);
});

test("a push that loses its compare-exchange to another core's push retries, and both arrive", () => {
  const { machine, modules, head, records } = setUp();
  const [first, racing, winner] = records(3);
  modules.mailbox.pushMailbox(head, first);
  machine.beforeCompareExchange(head, () => modules.mailbox.pushMailbox(head, winner));
  modules.mailbox.pushMailbox(head, racing);
  assert.equal(listed(modules, modules.mailbox.takeMailbox(head)), [first, winner, racing]);
});

test("a take that races with a push takes the pushed record too, and only once", () => {
  const { machine, modules, head, records } = setUp();
  const [a, b] = records(2);
  modules.mailbox.pushMailbox(head, a);
  machine.beforeCompareExchange(head, () => modules.mailbox.pushMailbox(head, b));
  assert.equal(listed(modules, modules.mailbox.takeMailbox(head)), [a, b]);
  assert.not.ok(modules.mailbox.mailboxPending(head));
  assert.is(modules.mailbox.takeMailbox(head), 0, "delivered once");
});

test("pushes from many cores in a row all arrive, in the order their pushes took effect", () => {
  const { machine, modules, head, records } = setUp();
  const posted = records(50);
  // Every other push is overtaken by the next one before its compare-exchange.
  for (let index = 0; index < posted.length; index += 2) {
    machine.beforeCompareExchange(head, () => modules.mailbox.pushMailbox(head, posted[index + 1]));
    modules.mailbox.pushMailbox(head, posted[index]);
  }
  const expected: number[] = [];
  for (let index = 0; index < posted.length; index += 2) expected.push(posted[index + 1], posted[index]);
  assert.equal(listed(modules, modules.mailbox.takeMailbox(head)), expected);
});

test("closing takes what is there; later pushes fail instead of linking, even one racing the close", () => {
  const { machine, modules, head, records } = setUp();
  const [a, racing, late] = records(3);
  modules.mailbox.pushMailbox(head, a);
  let racingPushed = true;
  machine.beforeCompareExchange(head, () => {
    racingPushed = modules.mailbox.pushMailbox(head, racing);
  });
  assert.equal(listed(modules, modules.mailbox.closeMailbox(head)), [a, racing], "the racing push landed before the close");
  assert.ok(racingPushed);
  assert.not.ok(modules.mailbox.pushMailbox(head, late), "closed");
  assert.is(machine.load64(late + modules.record.RECORD_MAILBOX_NEXT), 0, "the refused record was not linked");
});

test("closing an empty mailbox takes nothing", () => {
  const { modules, head, records } = setUp();
  assert.is(modules.mailbox.closeMailbox(head), 0);
  assert.not.ok(modules.mailbox.pushMailbox(head, records(1)[0]));
});

test.run();

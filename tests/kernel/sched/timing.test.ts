// Time in the scheduler, booted (runtime/kernel/sched), measured with
// toro/kernel's now():
//   sleep        a thread asked to sleep 50 ms is suspended at least 50 ms and
//                less than 50 + SLEEP_SLACK_MS ms (a generous bound: the
//                guest's clock is the host's, and on a busy host QEMU's
//                threads may wait for a CPU; typical figures are within
//                1 ms); sleepers wake in deadline order; other threads run
//                meanwhile;
//   switch_cost  two threads switching 2 * 10^6 times: the count is checked,
//                the cost per switch only printed (speed is a benchmark's
//                business, not a test's).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, bootPrograms, lines } from "../../support/booted_programs";

const SLEEP_MS = 50;
const SLEEP_SLACK_MS = 100;
let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

test.before(() => {
  ({ runs, cleanUp } = bootPrograms("tests/fixtures/kernel/sched", [{ name: "sleep", cores: 1 }, { name: "switch_cost", cores: 1 }]));
});

test.after(() => cleanUp());

test(`a 50 ms sleep lasts at least 50 ms and less than ${SLEEP_MS + SLEEP_SLACK_MS} ms; sleepers wake by deadline`, async () => {
  const run = await runs.get("sleep")!;
  assert.is(run.status, 0, run.stdout);
  const output = lines(run);
  assert.is(output[0], "ticked 1000 times while the sleeper slept");
  const measured = /^slept 50 ms: measured (\d+\.\d+) ms$/.exec(output[1]);
  assert.ok(measured, output[1]);
  const milliseconds = Number(measured![1]);
  console.log(`  sleep(50) measured ${milliseconds} ms (${run.accelerator})`);
  assert.ok(milliseconds >= SLEEP_MS, `${milliseconds} ms is shorter than the sleep`);
  assert.ok(milliseconds < SLEEP_MS + SLEEP_SLACK_MS, `${milliseconds} ms overshoots by more than ${SLEEP_SLACK_MS} ms`);
  assert.equal(output.slice(2), ["woke after 10 ms", "woke after 20 ms", "woke after 30 ms"]);
});

test("two threads switch two million times", async () => {
  const run = await runs.get("switch_cost")!;
  assert.is(run.status, 0, run.stdout);
  const output = lines(run);
  assert.is(output[0], "2000000 switches");
  assert.match(output[1], /^one switch: \d+\.\d ns$/);
  console.log(`  ${output[1]} (${run.accelerator})`);
});

test.run();

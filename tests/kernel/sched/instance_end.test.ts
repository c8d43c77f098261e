// When a core's program instance ends (runtime/kernel/sched/scheduler.ts):
// not when its main thread returns, but when every thread has finished, so
// a thread still asleep when main returns gets to finish. Needs the kernel
// to run each core's program through runMainThread (sched/threads.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, bootPrograms, lines } from "../../support/booted_programs";

let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

test.before(() => {
  ({ runs, cleanUp } = bootPrograms("tests/fixtures/kernel/sched", [{ name: "main_returns", cores: 1 }]));
});

test.after(() => cleanUp());

test("a thread still asleep when the main thread returns finishes before the run ends", async () => {
  const run = await runs.get("main_returns")!;
  assert.is(run.status, 0, run.stdout);
  assert.equal(lines(run), ["main returns", "the sleeper finished after main returned"]);
});

test.run();

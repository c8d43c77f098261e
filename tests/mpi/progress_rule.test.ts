// A rank blocked in one MPI call must still serve its other pending
// transfers (tests/fixtures/mpi/progress_rule.ts explains the cycle that
// otherwise stalls all three ranks until the timeout).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, bootPrograms, lines } from "../support/booted_programs";

let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

test.before(() => {
  ({ runs, cleanUp } = bootPrograms("tests/fixtures/mpi", [{ name: "progress_rule", cores: 3, timeoutSeconds: 120 }]));
});

test.after(() => cleanUp());

test("a rank waiting for one peer completes another peer's rendezvous meanwhile", async () => {
  const run = await runs.get("progress_rule")!;
  assert.is(run.status, 0, run.stdout);
  assert.equal(lines(run), ["rank 0 got token 42 and long[65535] = 2.5"]);
});

test.run();

// samples/pingpong.ts on 3 cores prints Toro's demo lines: each core's
// queues from the other cores, core 0's ping as each core receives it, and
// each pong as core 0 receives it (a ping's line before its pong's).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, bootPrograms, lines } from "../support/booted_programs";

let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

test.before(() => {
  ({ runs, cleanUp } = bootPrograms("samples", [{ name: "pingpong", cores: 3 }]));
});

test.after(() => cleanUp());

test("torotsc run samples/pingpong.ts --cores 3 prints the demo's lines and exits 0", async () => {
  const run = await runs.get("pingpong")!;
  assert.is(run.status, 0, run.stdout);
  const printed = lines(run);
  const queues = [];
  for (let receiver = 0; receiver < 3; receiver++) {
    for (let sender = 0; sender < 3; sender++) {
      if (sender !== receiver) queues.push(`VirtIOBus: Core[${sender}]->Core[${receiver}] queue has been initiated`);
    }
  }
  const exchanges = ["Core[0] -> Core[1]: ping", "Core[0] -> Core[2]: ping", "Core[1] -> Core[0]: pong", "Core[2] -> Core[0]: pong"];
  assert.equal([...printed].sort(), [...queues, ...exchanges].sort());
  for (const core of [1, 2]) {
    assert.ok(printed.indexOf(`Core[0] -> Core[${core}]: ping`) < printed.indexOf(`Core[${core}] -> Core[0]: pong`), run.stdout);
  }
});

test.run();

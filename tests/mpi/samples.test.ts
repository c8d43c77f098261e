// The MPI samples as a new user runs them: samples/reduce.ts on 16 cores
// prints Toro's `success! value: 120` (0 + 1 + ... + 15), and on other rank
// counts N(N-1)/2; samples/ring.ts passes its token and halos on 3 and 4 ranks.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, bootPrograms, lines } from "../support/booted_programs";

let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

const REDUCE_RANKS = [1, 5, 16];
const RING_RANKS = [3, 4];

test.before(() => {
  ({ runs, cleanUp } = bootPrograms("samples", [
    ...REDUCE_RANKS.map((cores) => ({ name: `reduce_${cores}`, source: "reduce", cores, timeoutSeconds: 600 })),
    ...RING_RANKS.map((cores) => ({ name: `ring_${cores}`, source: "ring", cores, timeoutSeconds: 600 })),
  ]));
});

test.after(() => cleanUp());

for (const cores of REDUCE_RANKS) {
  test(`samples/reduce.ts on ${cores} cores prints success with ${(cores * (cores - 1)) / 2}`, async () => {
    const run = await runs.get(`reduce_${cores}`)!;
    assert.is(run.status, 0, run.stdout);
    assert.equal(lines(run), [`success! value: ${(cores * (cores - 1)) / 2}`]);
  });
}

for (const cores of RING_RANKS) {
  test(`samples/ring.ts on ${cores} cores returns the token and swaps every halo`, async () => {
    const run = await runs.get(`ring_${cores}`)!;
    assert.is(run.status, 0, run.stdout);
    const expected = [`token came back from rank ${cores - 1} carrying ${(cores * (cores - 1)) / 2} (expected ${(cores * (cores - 1)) / 2})`];
    for (let rank = 0; rank < cores; rank++) {
      expected.push(`rank ${rank}: halo from ${(rank + cores - 1) % cores} and ${(rank + 1) % cores} arrived intact`);
    }
    assert.equal([...lines(run)].sort(), expected.sort());
  });
}

test.run();

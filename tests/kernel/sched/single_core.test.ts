// The scheduler on one core, booted (runtime/kernel/sched): the programs in
// tests/fixtures/kernel/sched/ run on a single core, under KVM or TCG
// (TOROTSC_ACCEL), and their output is fixed by the scheduler's rules:
//   yield_order  three threads yielding take turns round-robin;
//   join         joining finished threads, waiting through a chain of joins;
//   thread_exit  threadExit from deep inside a thread, and from the main
//                thread while others still run;
//   collector    collections while lists live only on suspended threads'
//                stacks leave them intact;
//   deadlock     two threads joining each other: a panic, not a hang.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, bootPrograms, lines } from "../../support/booted_programs";

const PANIC_STATUS = 101;
let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

test.before(() => {
  ({ runs, cleanUp } = bootPrograms("tests/fixtures/kernel/sched", ["yield_order", "join", "thread_exit", "collector", "deadlock"].map((name) => ({ name, cores: 1 }))));
});

test.after(() => cleanUp());

test("three yielding threads take turns in a fixed round-robin order", async () => {
  const run = await runs.get("yield_order")!;
  assert.is(run.status, 0, run.stdout);
  const expected: string[] = [];
  for (let round = 0; round < 3; round++) for (let thread = 1; thread <= 3; thread++) expected.push(`thread ${thread} round ${round}`);
  expected.push("all joined");
  assert.equal(lines(run), expected);
});

test("join returns at once for a finished thread, and waits through a chain of joins", async () => {
  const run = await runs.get("join")!;
  assert.is(run.status, 0, run.stdout);
  const output = lines(run);
  const spawned = /^spawned thread (\d+)$/.exec(output[0]);
  assert.ok(spawned, output[0]);
  assert.equal(output, [
    `spawned thread ${spawned![1]}`,
    `quick 7 runs as thread ${spawned![1]}`,
    "quick has run; joining it returns at once",
    "joined the finished thread",
    "main joins A",
    "B starts",
    "A starts, joins B",
    "B still running",
    "B ends",
    "A resumes after B",
    "main resumes after A",
    "ids distinct: true",
  ]);
});

test("threadExit ends a thread from nested calls; main may exit while others finish the program", async () => {
  const run = await runs.get("thread_exit")!;
  assert.is(run.status, 0, run.stdout);
  assert.equal(lines(run), [
    "exiting from depth 0",
    "main resumed after the exited thread",
    "main exits",
    "survivor 1 round 0",
    "survivor 2 round 0",
    "survivor 1 round 1",
    "survivor 2 round 1",
    "survivor 1 done",
    "survivor 2 done",
  ]);
});

test("collections while threads are suspended keep every thread's objects", async () => {
  const run = await runs.get("collector")!;
  assert.is(run.status, 0, run.stdout);
  const output = lines(run);
  assert.equal(output.slice(0, 5), ["thread 0: intact", "thread 1: intact", "thread 2: intact", "thread 3: intact", "main: intact"]);
  const collections = /collections (\d+),/.exec(output[5]);
  assert.ok(collections && Number(collections[1]) >= 10, `enough collections ran: ${output[5]}`);
});

test("two threads joining each other on the only core are reported as a deadlock", async () => {
  const run = await runs.get("deadlock")!;
  assert.is(run.status, PANIC_STATUS, run.stdout);
  // The spawned thread is the last to run: it joined main, which joined it.
  assert.match(run.stdout, /^panic on core 0 \(thread spawned\): deadlock: every thread waits \(to join, or for a message\) for something no thread can do$/m);
  assert.not.match(run.stdout, /never printed/);
});

test.run();

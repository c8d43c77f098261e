// Threads across cores, booted with --cores 2 (runtime/kernel/sched): a
// thread spawned onto another core runs there, in that core's program
// instance, and joins and their wake-ups cross cores both ways (remote.ts
// orders every line by a join, so its output is fixed); an instance that
// exits takes its threads with it without leaving other cores waiting;
// spawning onto a core that does not exist, or whose instance has exited, is
// a panic. Needs the kernel to start each core's program through
// runMainThread, after initialiseScheduler on the boot core, and to call
// endThreadsOfThisCore when an instance exits.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootedRun, bootPrograms, lines } from "../../support/booted_programs";

const PANIC_STATUS = 101;
let runs = new Map<string, Promise<BootedRun>>();
let cleanUp = (): void => undefined;

test.before(() => {
  ({ runs, cleanUp } = bootPrograms("tests/fixtures/kernel/sched", ["remote", "bad_core", "exit_with_threads", "spawn_after_exit"].map((name) => ({ name, cores: 2 }))));
});

test.after(() => cleanUp());

test("threads spawned onto core 1 run in core 1's instance; joins wake across cores both ways", async () => {
  const run = await runs.get("remote")!;
  assert.is(run.status, 0, run.stdout);
  assert.equal(lines(run), [
    "remote thread 1 runs on core 1, where visits = 1",
    "remote thread 2 runs on core 1, where visits = 2",
    "core 0 sees visits = 0",
    "thread 3 on core 0 done",
    "core 1 resumed after joining a thread of core 0",
    "core 0 joined the thread that joined across",
  ]);
});

test("spawning onto a core that does not exist is a panic naming the cores", async () => {
  const run = await runs.get("bad_core")!;
  assert.is(run.status, PANIC_STATUS, run.stdout);
  assert.match(run.stdout, /^panic\b.*: spawn on core 2, which does not exist \(cores are 0 to 1\)$/m);
});

test("an instance that exits ends its threads: a join of one of them on another core returns", async () => {
  const run = await runs.get("exit_with_threads")!;
  assert.is(run.status, 4, run.stdout);
  assert.equal(lines(run), ["core 0: the join returned once core 1 had exited"]);
});

test("spawning onto a core whose instance has exited is a panic", async () => {
  const run = await runs.get("spawn_after_exit")!;
  assert.is(run.status, PANIC_STATUS, run.stdout);
  assert.match(run.stdout, /^panic\b.*: spawn onto a core whose program instance has ended \(exit\)$/m);
  assert.not.match(run.stdout, /never printed/);
});

test.run();

// What `torotsc run` reports for each way a guest program can end: its exit
// status, a panic, or a hang cut short by --timeout. These build real images
// and boot them under QEMU (KVM when usable, else TCG).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { describe, fixture, stackTraceLine, torotsc } from "./torotsc-process";

/** Build and boot take a few seconds; under TCG on a loaded machine, more. */
const limitSeconds = 180;

test("exit(3) makes torotsc exit 3", () => {
  const outcome = torotsc(["run", fixture("exit-three.ts")], limitSeconds);
  assert.is(outcome.status, 3, describe(outcome));
  assert.not.match(outcome.stderr, stackTraceLine, describe(outcome));
});

test("an out-of-bounds index panics, naming the file and line, with status 101", () => {
  const outcome = torotsc(["run", fixture("index-out-of-bounds.ts")], limitSeconds);
  const everything = outcome.stdout + outcome.stderr;
  assert.is(outcome.status, 101, describe(outcome));
  assert.match(everything, /^panic on core 0 \(thread main\): index /m, describe(outcome));
  assert.match(everything, /index-out-of-bounds\.ts:5\b/, describe(outcome));
});

test("a guest that never finishes is killed after --timeout, exit 124", () => {
  const started = Date.now();
  const outcome = torotsc(["run", fixture("hang.ts"), "--timeout", "3"], limitSeconds);
  assert.is(outcome.status, 124, describe(outcome));
  assert.match(outcome.stderr, /^torotsc: guest did not finish within 3 s; killed$/m, describe(outcome));
  assert.ok(Date.now() - started >= 3000, "the guest must have had its 3 seconds");
});

test("run boots an image made by build, and passes the arguments after --", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-cli-test-"));
  try {
    const image = path.join(folder, "argument-count.elf");
    const built = torotsc(["build", fixture("argument-count.ts"), "-o", image], limitSeconds);
    assert.is(built.status, 0, describe(built));
    const outcome = torotsc(["run", image, "--", "one", "two", "three"], limitSeconds);
    assert.is(outcome.status, 3, describe(outcome));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test.run();

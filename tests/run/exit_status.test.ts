import { test } from "uvu";
import * as assert from "uvu/assert";
import { classifyQemuEnd, guestExitCode, qemuErrorLines } from "../../compiler/run/exit_status";

test("odd statuses carry the guest's code", () => {
  assert.is(guestExitCode(1), 0);
  assert.is(guestExitCode(7), 3);
  assert.is(guestExitCode(203), 101);
  assert.is(guestExitCode(255), 127);
});

test("even statuses carry no guest code", () => {
  assert.is(guestExitCode(0), undefined);
  assert.is(guestExitCode(2), undefined);
  assert.is(guestExitCode(-1), undefined);
});

test("warnings are not errors", () => {
  const stderr =
    "qemu-system-x86_64: warning: Number of hotpluggable cpus requested (16) exceeds the recommended cpus\n" +
    "qemu: could not open kernel file 'x': No such file or directory\n\n";
  assert.equal(qemuErrorLines(stderr), ["qemu: could not open kernel file 'x': No such file or directory"]);
});

test("a guest exit is reported with its code, warnings or not", () => {
  assert.equal(classifyQemuEnd({ status: 7, signal: null, stderr: "" }), { kind: "exited", code: 3 });
  assert.equal(
    classifyQemuEnd({ status: 1, signal: null, stderr: "qemu-system-x86_64: warning: host cpus\n" }),
    { kind: "exited", code: 0 },
  );
  assert.equal(classifyQemuEnd({ status: 203, signal: null, stderr: "" }), { kind: "exited", code: 101 });
});

test("status 1 with an error line is QEMU failing to start", () => {
  const outcome = classifyQemuEnd({
    status: 1,
    signal: null,
    stderr: "qemu-system-x86_64: -m 12Q: Parameter 'size' expects a non-negative number below 2^64\n",
  });
  assert.is(outcome.kind, "qemu-failed");
  assert.ok(outcome.kind === "qemu-failed" && outcome.message.includes("Parameter 'size'"));
});

test("an even status (triple fault with -no-reboot) is a failure", () => {
  const outcome = classifyQemuEnd({ status: 0, signal: null, stderr: "" });
  assert.is(outcome.kind, "qemu-failed");
  assert.ok(outcome.kind === "qemu-failed" && outcome.message.includes("status 0"));
});

test("a signal is a failure naming it", () => {
  const outcome = classifyQemuEnd({ status: null, signal: "SIGABRT", stderr: "failed to set MSR 0x10a\n" });
  assert.is(outcome.kind, "qemu-failed");
  assert.ok(outcome.kind === "qemu-failed" && outcome.message.includes("SIGABRT"));
  assert.ok(outcome.kind === "qemu-failed" && outcome.message.includes("MSR 0x10a"));
});

test.run();

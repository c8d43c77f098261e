// The runner: its command line (pure) and, when LLVM 14 and QEMU are
// installed, real boots of tests/fixtures/boot/boot_check.ll under TCG and,
// when /dev/kvm opens, under KVM too (the same image must run under both:
// see runtime/kernel/arch/x86_64/boot.s). The fixture's own IDT set-up
// (lidt), cr2 read and cli/hlt are privileged instructions run from ring 3,
// so these boots also exercise their emulation in ring 0.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Writable } from "stream";
import { probeHost } from "../../compiler/run/accelerator";
import { qemuCommandLine, RunOptions, runImage } from "../../compiler/run/qemu";
import { buildBootCheckImage, missingTools } from "./boot_image";

class Collector extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

function options(image: string, programArgs: string[], output: NodeJS.WritableStream, accel: "kvm" | "tcg" = "tcg"): RunOptions {
  return { image, cores: 2, memory: "128M", accel, timeoutSeconds: 20, programArgs, output };
}

test("the command line for KVM", () => {
  const command = qemuCommandLine(options("k.elf", [], new Collector()), "kvm");
  assert.equal(command.slice(0, 7), [
    "qemu-system-x86_64", "-M", "microvm,auto-kernel-cmdline=off",
    "-accel", "kvm", "-cpu", "host,-arch-capabilities",
  ]);
  assert.ok(!command.includes("-append"), "no -append without program arguments");
  assert.equal(command.slice(-2), ["-kernel", "k.elf"]);
});

test("the command line for TCG, with cores, memory, exit device and arguments", () => {
  const command = qemuCommandLine({ ...options("k.elf", ["a b", "c"], new Collector()), cores: 4, memory: "1G" }, "tcg");
  const joined = command.join(" ");
  assert.ok(joined.includes("-accel tcg,thread=multi -cpu max"));
  assert.ok(joined.includes("-smp 4 -m 1G"));
  assert.ok(joined.includes("-device isa-debug-exit,iobase=0xf4,iosize=0x04"));
  assert.ok(joined.includes("-serial stdio -no-reboot"));
  assert.equal(command.slice(-2), ["-append", "a%0020b c"]);
});

test("--tag-output becomes the kernel option tag-output, ahead of the arguments", () => {
  const command = qemuCommandLine({ ...options("k.elf", ["x"], new Collector()), tagOutput: true }, "tcg");
  assert.equal(command.slice(-2), ["-append", "%-tag-output x"]);
  const alone = qemuCommandLine({ ...options("k.elf", [], new Collector()), tagOutput: true }, "tcg");
  assert.equal(alone.slice(-2), ["-append", "%-tag-output"]);
});

test("runImage refuses core counts outside 1 to 64", async () => {
  for (const cores of [0, 65, 1.5]) {
    await runImage({ ...options("k.elf", [], new Collector()), cores }).then(
      () => assert.unreachable(`${cores} cores were accepted`),
      (error: Error) => assert.match(error.message, /cores must be a whole number from 1 to 64/),
    );
  }
});

const missing = missingTools();
if (missing.length > 0) {
  console.log(`qemu.test: skipping the boot tests, missing ${missing.join(", ")}`);
} else {
  const image = buildBootCheckImage();
  const accelerators: ("kvm" | "tcg")[] = probeHost().kvmOpens ? ["tcg", "kvm"] : ["tcg"];

  for (const accel of accelerators) {
    test(`${accel}: a guest exit code comes back, with the serial output`, async () => {
      const output = new Collector();
      const outcome = await runImage(options(image, [], output, accel));
      assert.equal(outcome, { kind: "exited", code: 3 });
      assert.ok(output.text.startsWith("hello\n"), output.text);
      assert.ok(output.text.includes("0x00000000336ec578"), `the PVH start-info magic in:\n${output.text}`);
      assert.ok(output.text.includes("libcalls ok"), `memset, memcpy, memmove, memcmp in:\n${output.text}`);
      assert.ok(output.text.includes("sse 0x000000000000000a 0x40094c583ada5b53"), `doubles (2.5 * 4, sqrt(10)) in:\n${output.text}`);
    });

    test(`${accel}: program arguments reach the guest's command line, escaped`, async () => {
      const output = new Collector();
      const outcome = await runImage(options(image, ["nosse", "two words"], output, accel));
      assert.equal(outcome, { kind: "exited", code: 3 });
      assert.ok(output.text.includes("nosse two%0020words]"), output.text);
    });

    test(`${accel}: a CPU exception reaches __toro_exception, with cr2 read in ring 3`, async () => {
      const output = new Collector();
      const outcome = await runImage(options(image, ["pf"], output, accel));
      assert.equal(outcome, { kind: "exited", code: 14 });
      assert.ok(output.text.includes("cr2 0x0000000100000000"), output.text);
    });

    test(`${accel}: a guest halted by cli and hlt is killed at the timeout`, async () => {
      const started = Date.now();
      const outcome = await runImage({ ...options(image, ["hang"], new Collector(), accel), timeoutSeconds: 1 });
      assert.equal(outcome, { kind: "timeout", seconds: 1 });
      assert.ok(Date.now() - started < 5000);
    });
  }

  test("QEMU failing to start is reported with its error", async () => {
    const outcome = await runImage({ ...options(image, [], new Collector()), memory: "12Q" });
    assert.is(outcome.kind, "qemu-failed");
    assert.ok(outcome.kind === "qemu-failed" && outcome.message.includes("12Q"));
  });

  test("a missing image is a QEMU failure", async () => {
    const outcome = await runImage(options("/nonexistent/image.elf", [], new Collector()));
    assert.is(outcome.kind, "qemu-failed");
  });
}

test.run();

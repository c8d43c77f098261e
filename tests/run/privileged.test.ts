// Privileged instructions from ring 3: tests/run/privileged_check.ll runs
// every privileged intrinsic of toro/x86_64 (each raises #GP in ring 3 and is
// performed in ring 0 by runtime/kernel/arch/x86_64/privileged_emulation.s)
// and checks the values against what boot.s set up; then, on request, makes
// the emulation fault in ring 0, which has its own last-resort report. Booted
// under TCG and, when /dev/kvm opens, under KVM, when LLVM 14 and QEMU are
// installed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Writable } from "stream";
import { probeHost } from "../../compiler/run/accelerator";
import { runImage } from "../../compiler/run/qemu";
import { buildPrivilegedCheckImage, missingTools } from "./boot_image";

class Collector extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

const CHECKS = ["cr0", "cr3", "cr4", "efer", "write cr0", "write cr3", "write cr4", "wrmsr", "lidt lgdt", "cli sti"];

const missing = missingTools();
if (missing.length > 0) {
  console.log(`privileged.test: skipping, missing ${missing.join(", ")}`);
} else {
  const image = buildPrivilegedCheckImage();
  const accelerators: ("kvm" | "tcg")[] = probeHost().kvmOpens ? ["tcg", "kvm"] : ["tcg"];
  const boot = async (accel: "kvm" | "tcg", programArgs: string[], output: Collector) =>
    runImage({ image, cores: 1, memory: "128M", accel, timeoutSeconds: 20, programArgs, output });

  for (const accel of accelerators) {
    test(`${accel}: every privileged intrinsic works from ring 3`, async () => {
      const output = new Collector();
      const outcome = await boot(accel, [], output);
      assert.equal(outcome, { kind: "exited", code: 0 }, output.text);
      for (const check of CHECKS) assert.ok(output.text.includes(`${check} ok\n`), `${check}:\n${output.text}`);
      assert.ok(output.text.endsWith("done\n"), output.text);
    });

    test(`${accel}: a fault in ring 0 is reported without the runtime, status 101`, async () => {
      const output = new Collector();
      const outcome = await boot(accel, ["fault"], output);
      assert.equal(outcome, { kind: "exited", code: 101 }, output.text);
      assert.match(output.text, /done\npanic: CPU exception 14 in ring 0 at rip 0x[0-9a-f]{16} error code 0x0{16} address 0x0{7}100000000\n$/);
    });
  }
}

test.run();

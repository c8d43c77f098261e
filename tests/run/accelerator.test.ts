import { test } from "uvu";
import * as assert from "uvu/assert";
import { chooseAccelerator, HostVirtualisation } from "../../compiler/run/accelerator";

const usableKvm: HostVirtualisation = { kvmOpens: true };
const noKvm: HostVirtualisation = { kvmOpens: false };

test("an explicit request wins over the host and the environment", () => {
  assert.is(chooseAccelerator("tcg", "kvm", usableKvm), "tcg");
  assert.is(chooseAccelerator("kvm", "tcg", noKvm), "kvm");
});

test("auto picks KVM exactly when /dev/kvm opens (kvm_pvm hosts included)", () => {
  assert.is(chooseAccelerator("auto", undefined, usableKvm), "kvm");
  assert.is(chooseAccelerator("auto", undefined, noKvm), "tcg");
});

test("the environment overrides auto", () => {
  assert.is(chooseAccelerator("auto", "tcg", usableKvm), "tcg");
  assert.is(chooseAccelerator("auto", "kvm", noKvm), "kvm");
  assert.is(chooseAccelerator("auto", " auto ", usableKvm), "kvm");
  assert.is(chooseAccelerator("auto", "", noKvm), "tcg");
});

test("a malformed override is an error", () => {
  assert.throws(() => chooseAccelerator("auto", "hvf", usableKvm), /TOROTSC_ACCEL/);
});

test.run();

// The harness's command line (bench/options.ts) and the machine description's parsing (bench/machine.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cpuMegahertz, cpuModel } from "../../bench/machine";
import { parseOptions } from "../../bench/options";

test("defaults: both accelerators when KVM is usable, TCG alone otherwise", () => {
  assert.equal(parseOptions([], true), { accels: ["kvm", "tcg"], coreCounts: [1, 4, 16, 64], repeat: 5, only: ["boot", "alloc", "clock", "bus", "osu"] });
  assert.equal(parseOptions([], false).accels, ["tcg"]);
});

test("options choose accelerators, core counts, repetitions and benchmarks", () => {
  const chosen = parseOptions(["--accel", "kvm", "--cores", "1,2", "--repeat", "3", "--only", "boot,clock,bus"], true);
  assert.equal(chosen, { accels: ["kvm"], coreCounts: [1, 2], repeat: 3, only: ["boot", "clock", "bus"] });
});

test("bad arguments are explained", () => {
  assert.throws(() => parseOptions(["--accel", "kvm"], false), /cannot be opened/);
  assert.throws(() => parseOptions(["--cores", "0"], true), /not a whole number from 1 to 64/);
  assert.throws(() => parseOptions(["--cores", "65"], true), /from 1 to 64/);
  assert.throws(() => parseOptions(["--only", "network"], true), /not one of boot, alloc, clock, bus, osu/);
  assert.throws(() => parseOptions(["--repeat"], true), /needs a value/);
  assert.throws(() => parseOptions(["--fast", "1"], true), /unknown option --fast/);
});

test("the processor's model and MHz come from /proc/cpuinfo's first entries", () => {
  const cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC\ncpu MHz\t\t: 2596.134\n\nprocessor\t: 1\nmodel name\t: other\n";
  assert.is(cpuModel(cpuinfo), "AMD EPYC");
  assert.is(cpuMegahertz(cpuinfo), 2596.134);
  assert.is(cpuModel(""), "unknown");
  assert.is(cpuMegahertz(""), undefined);
});

test.run();

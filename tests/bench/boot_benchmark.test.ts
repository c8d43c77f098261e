// The boot benchmark's reading of runs (bench/boot_benchmark.ts): the last
// core decides, and core counts that do not all report are not available.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bootRequests, bootSample, bootTable, summariseBoot } from "../../bench/boot_benchmark";
import { formatTable } from "../../bench/table";
import { completed, failed, options } from "./support";

const HZ = "hz=2000000000";

test("one request per core count, accelerator and repetition", () => {
  const requests = bootRequests(options());
  assert.is(requests.length, 2 * 2 * 2);
  assert.equal(requests[0], { program: "boot_ready", cores: 1, accel: "kvm", label: "boot: 1 core under kvm, run 1 of 2" });
});

test("a run's guest time is the last core's cycles over the frequency; host time its line's arrival", () => {
  const run = completed({ program: "boot_ready", cores: 4, accel: "kvm" }, [
    [`bench ready cycles=4000000 ${HZ}`, 0.05],
    [`bench ready cycles=10000000 ${HZ}`, 0.06],
    [`bench ready cycles=6000000 ${HZ}`, 0.08],
    ["some other line", 0.09],
    [`bench ready cycles=8000000 ${HZ}`, 0.07],
  ]);
  assert.equal(bootSample(run), { guestSeconds: 0.005, hostSeconds: 0.08 });
});

test("fewer ready lines than cores, or a failed run, gives the reason instead", () => {
  assert.is(bootSample(completed({ program: "boot_ready", cores: 4, accel: "kvm" }, [[`bench ready cycles=1 ${HZ}`, 0.1]])), "1 of 4 cores reported ready");
  assert.is(bootSample(failed({ program: "boot_ready", cores: 64, accel: "tcg" }, "no end within 300 s")), "no end within 300 s");
});

test("the table shows medians, ratios side by side, and 'not available' with the reason in a note", () => {
  const runs = [
    completed({ program: "boot_ready", cores: 1, accel: "kvm" }, [[`bench ready cycles=4000000 ${HZ}`, 0.05]]),
    completed({ program: "boot_ready", cores: 1, accel: "kvm" }, [[`bench ready cycles=6000000 ${HZ}`, 0.07]]),
    completed({ program: "boot_ready", cores: 1, accel: "tcg" }, [[`bench ready cycles=20000000 ${HZ}`, 0.04]]),
    completed({ program: "boot_ready", cores: 1, accel: "tcg" }, [[`bench ready cycles=20000000 ${HZ}`, 0.04]]),
    completed({ program: "boot_ready", cores: 4, accel: "kvm" }, [[`bench ready cycles=4000000 ${HZ}`, 0.05]]),
    completed({ program: "boot_ready", cores: 4, accel: "kvm" }, [[`bench ready cycles=4000000 ${HZ}`, 0.05]]),
    failed({ program: "boot_ready", cores: 4, accel: "tcg" }, "exit status 101"),
    failed({ program: "boot_ready", cores: 4, accel: "tcg" }, "exit status 101"),
  ];
  const table = bootTable(summariseBoot(runs, options()), options());
  assert.equal(table.rows[0], ["1", "2.50", "60.0", "10.00", "40.0", "4.00×", "0.67×"]);
  assert.equal(table.rows[1], ["4", "not available", "not available", "not available", "not available", "-", "-"]);
  const text = formatTable(table);
  assert.ok(text.includes("4 cores under kvm: not available: 1 of 4 cores reported ready (2 of 2 runs)."), text);
  assert.ok(text.includes("4 cores under tcg: not available: exit status 101 (2 of 2 runs)."), text);
});

test.run();

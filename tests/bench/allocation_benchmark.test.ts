// The allocation benchmark's reading of runs (bench/allocation_benchmark.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { allocationRates, allocationRequests, allocationTable, summariseAllocation } from "../../bench/allocation_benchmark";
import { completed, options } from "./support";

/** One core's three lines: `rate` allocations per second for every size (0.5 s). */
function coreLines(rate: number): Array<[string, number]> {
  return [16, 256, 4096].map((bytes): [string, number] => [`bench alloc bytes=${bytes} count=${rate / 2} seconds=0.5 checksum=7`, 1]);
}

test("one core under each accelerator, then every host core under the first", () => {
  const requests = allocationRequests(options({ repeat: 5 }), 2);
  assert.equal(requests.map((request) => `${request.accel}×${request.cores}`), ["kvm×1", "kvm×1", "kvm×1", "tcg×1", "tcg×1", "tcg×1", "kvm×2", "kvm×2", "kvm×2"]);
});

test("a run's rate per size is the mean per-core rate; a missing core makes it unavailable", () => {
  const both = completed({ program: "allocation", cores: 2, accel: "kvm" }, [...coreLines(40e6), ...coreLines(20e6)]);
  assert.equal([...(allocationRates(both) as Map<number, number>).entries()], [[16, 30e6], [256, 30e6], [4096, 30e6]]);
  const one = completed({ program: "allocation", cores: 2, accel: "kvm" }, coreLines(40e6));
  assert.is(allocationRates(one), "1 of 2 cores reported 16-byte allocations");
});

test("the table puts kvm/tcg and the shared-machine ratio beside the rates", () => {
  const runs = [
    completed({ program: "allocation", cores: 1, accel: "kvm" }, coreLines(50e6)),
    completed({ program: "allocation", cores: 1, accel: "tcg" }, coreLines(10e6)),
    completed({ program: "allocation", cores: 2, accel: "kvm" }, coreLines(40e6)),
  ];
  const chosen = options({ repeat: 1 });
  const table = allocationTable(summariseAllocation(runs, chosen, 2), chosen, 2);
  assert.equal(table.headers, ["object", "kvm, 1 core", "tcg, 1 core", "kvm/tcg", "kvm, per core of 2", "2 cores / 1 core"]);
  assert.equal(table.rows[0], ["new Uint8Array(16) (32-byte block)", "50.0 M/s", "10.0 M/s", "5.00×", "not available", "-"]);
  assert.ok(table.notes!.some((note) => note === "2 cores under kvm: not available: 1 of 2 cores reported 16-byte allocations (1 of 1 runs)."));
});

test.run();

// The side-by-side table, osu.json's shape and the run plan (bench/osu/compare.ts, plan.ts, mpich_side.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { OsuComparison, barrierSeries, comparisonTable, osuJson, sizeSeries } from "../../bench/osu/compare";
import { mirrorCommand } from "../../bench/osu/mpich_side";
import { planOsuRuns } from "../../bench/osu/plan";
import { formatTable } from "../../bench/table";

const reduce: OsuComparison = {
  run: { benchmark: "reduce", ranks: 2, args: ["-f"] },
  unikernel: { result: { benchmark: "reduce", rows: [{ size: 1, avg: 0.84 }, { size: 8, avg: 1.0 }] } },
  mpich: { result: { benchmark: "reduce", rows: [{ size: 1, avg: 0.42 }, { size: 8, avg: 0.5 }, { size: 16, avg: 0.6 }] } },
};

test("a table per benchmark: size, both latencies, unikernel / MPICH", () => {
  const table = comparisonTable(reduce);
  assert.is(table.title, "OSU reduce at 2 ranks");
  assert.equal(table.headers, ["size", "unikernel (µs)", "MPICH (µs)", "unikernel/MPICH"]);
  assert.equal(table.rows, [
    ["1 B", "0.84", "0.42", "2.00×"],
    ["8 B", "1.00", "0.50", "2.00×"],
    ["16 B", "-", "0.60", "-"],
  ]);
  assert.ok(formatTable(table).includes("| 8 B  |"), formatTable(table));
});

test("bandwidth is in MB/s; a failed side says so and is noted", () => {
  const bw: OsuComparison = {
    run: { benchmark: "bw", ranks: 2, args: [] },
    unikernel: { failure: "skipped: samples/osu_bw.ts does not exist yet" },
    mpich: { result: { benchmark: "bw", rows: [{ size: 1048576, avg: 7346.64 }] } },
  };
  const table = comparisonTable(bw);
  assert.equal(table.headers.slice(1, 3), ["unikernel (MB/s)", "MPICH (MB/s)"]);
  assert.equal(table.rows, [["1 MiB", "failed", "7346.64", "-"]]);
  assert.ok(table.notes!.some((note) => note.includes("unikernel: skipped")));
});

test("osu.json: context, units and per run both sides' rows or failures", () => {
  const json = osuJson([reduce], { date: "d", mpichVersion: "MPICH 4.0.2", accel: "kvm", hostCores: 2 }) as Record<string, any>;
  assert.equal(Object.keys(json), ["date", "mpichVersion", "accel", "hostCores", "units", "runs"]);
  assert.equal(json.runs[0], {
    benchmark: "reduce",
    ranks: 2,
    args: ["-f"],
    unikernel: { rows: reduce.unikernel.result!.rows, failure: null },
    mpich: { rows: reduce.mpich.result!.rows, failure: null },
  });
  assert.equal(JSON.parse(JSON.stringify(json)), json);
});

test("plot series: sizes above 0 ascending; barrier latency by rank count", () => {
  assert.equal(sizeSeries({ result: { benchmark: "latency", rows: [{ size: 8, avg: 2 }, { size: 0, avg: 1 }, { size: 4, avg: 1.5 }] } }), [[4, 1.5], [8, 2]]);
  const barrier = (ranks: number, avg: number): OsuComparison => ({
    run: { benchmark: "barrier", ranks, args: [] },
    unikernel: { failure: "skipped" },
    mpich: { result: { benchmark: "barrier", rows: [{ size: 0, avg }] } },
  });
  const comparisons = [barrier(16, 1e5), barrier(2, 0.5), reduce];
  assert.equal(barrierSeries(comparisons, "mpich"), [[2, 0.5], [16, 1e5]]);
  assert.equal(barrierSeries(comparisons, "unikernel"), []);
});

test("the plan: every benchmark at 2 ranks, collectives at 16 oversubscribed with few iterations, barrier at 4 and 8", () => {
  const runs = planOsuRuns(2);
  const at = (ranks: number) => runs.filter((run) => run.ranks === ranks).map((run) => run.benchmark);
  assert.equal(at(2), ["barrier", "bcast", "reduce", "allreduce", "gather", "scatter", "allgather", "alltoall", "latency", "bw"]);
  assert.equal(at(16), ["barrier", "bcast", "reduce", "allreduce", "gather", "scatter", "allgather", "alltoall"]);
  assert.equal(at(4), ["barrier"]);
  assert.equal(at(8), ["barrier"]);
  assert.equal(runs.find((run) => run.ranks === 16 && run.benchmark === "bcast")!.args, ["-m", "8:8", "-i", "10", "-x", "1", "-f"]);
  assert.equal(runs.find((run) => run.ranks === 2 && run.benchmark === "latency")!.args, []);
  const command = mirrorCommand({ benchmark: "reduce", ranks: 16, args: ["-f"] });
  assert.equal([command[0], command[1], command[2], command[4], command[5]], ["mpiexec", "-n", "16", "reduce", "-f"]);
});

test.run();

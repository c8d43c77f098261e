// The bus benchmark's reading of runs (bench/bus_benchmark.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  BANDWIDTH_SIZES,
  LATENCY_SIZES,
  busJson,
  busRequests,
  busRun,
  busTables,
  megabytesPerSecond,
  oneWayLatencyMicroseconds,
  sendPath,
  sizeLabel,
  summariseBus,
} from "../../bench/bus_benchmark";
import { completed, failed, options } from "./support";

/**
 * What bench/programs/bus.ts prints when every round trip takes
 * 2 × `microseconds` and every size moves `megabytes` per second.
 */
function busLines(microseconds: number, megabytes: number): Array<[string, number]> {
  const lines: Array<[string, number]> = [];
  for (const bytes of LATENCY_SIZES) {
    lines.push([`bench latency bytes=${bytes} iterations=10000 seconds=${(microseconds * 2 * 10000) / 1e6}`, 0.1]);
  }
  for (const bytes of BANDWIDTH_SIZES) {
    const seconds = ((bytes / 1e6) * 64 * 10) / megabytes;
    lines.push([`bench bandwidth bytes=${bytes} window=64 iterations=10 seconds=${seconds}`, 0.2]);
  }
  return lines;
}

const request = { program: "bus", cores: 2, accel: "kvm" as const };

test("the formulas are osu_latency's and osu_bw's", () => {
  assert.ok(Math.abs(oneWayLatencyMicroseconds(0.004, 10000) - 0.2) < 1e-12);
  assert.ok(Math.abs(megabytesPerSecond(1048576, 64, 10, 0.1) - 6710.8864) < 1e-9);
});

test("two cores, under the first accelerator only, at most three runs", () => {
  const requests = busRequests(options({ repeat: 5 }));
  assert.is(requests.length, 3);
  assert.ok(requests.every((each) => each.program === "bus" && each.cores === 2 && each.accel === "kvm"));
  assert.equal(busRequests(options({ accels: ["tcg"], repeat: 2 })).map((each) => each.accel), ["tcg", "tcg"]);
});

test("a run gives every size's latency and bandwidth; a missing or repeated size makes it unavailable", () => {
  const figures = busRun(completed(request, busLines(0.25, 8000)));
  assert.ok(typeof figures !== "string");
  if (typeof figures === "string") return;
  assert.equal([...figures.latencyMicroseconds.keys()], LATENCY_SIZES);
  for (const value of figures.latencyMicroseconds.values()) assert.ok(Math.abs(value - 0.25) < 1e-9);
  for (const value of figures.bandwidthMegabytesPerSecond.values()) assert.ok(Math.abs(value - 8000) < 1e-6);
  const lines = busLines(0.25, 8000);
  assert.is(busRun(completed(request, lines.slice(1))), "0 latency lines for 0 bytes");
  assert.is(busRun(completed(request, [...lines, lines[lines.length - 1]])), "2 bandwidth lines for 4194304 bytes");
  assert.is(busRun(completed(request, [["bench latency bytes=0 iterations=10000 seconds=fast", 0]])), 'bench latency: field seconds is "fast"');
  assert.is(busRun(failed(request, "exit status 1")), "exit status 1");
});

test("the summary keeps each run's figures; the tables show medians, ranges and how sendTo carries each size", () => {
  const runs = [
    completed(request, busLines(0.2, 10000)),
    completed(request, busLines(0.3, 12000)),
    completed(request, busLines(0.25, 11000)),
    completed({ ...request, accel: "tcg" }, busLines(50, 100)),
  ];
  const chosen = options({ repeat: 3 });
  const summaries = summariseBus(runs, chosen);
  assert.is(summaries.length, 1);
  assert.is(summaries[0].unavailable, undefined);
  const [latency, bandwidth] = busTables(summaries, 2);
  assert.equal(latency.headers, ["message", "kvm: one-way latency, median (µs)", "kvm: runs, min .. max (µs)"]);
  assert.equal(latency.rows[1], ["8 B", "0.250", "0.200 .. 0.300"]);
  assert.ok(latency.notes![0].endsWith("Median of 3 runs."));
  assert.equal(bandwidth.rows[0], ["1 KiB", "copied: 32 fit in the queue", "11000", "10000 .. 12000"]);
  assert.equal(bandwidth.rows[2], ["16 KiB", "lent: sendTo waits for the copy", "11000", "10000 .. 12000"]);
  const json = busJson(summaries) as Array<{ oneWayLatencyMicroseconds: Record<string, number[]> }>;
  assert.is(json[0].oneWayLatencyMicroseconds["8"].length, 3);
});

test("a failed run makes the configuration unavailable; widely spread runs are explained under the tables", () => {
  const broken = busTables(summariseBus([completed(request, busLines(0.2, 10000)), failed(request, "no end within 300 s")], options()), 1);
  assert.equal(broken[0].rows[0], ["0 B", "not available", "not available"]);
  assert.ok(broken[0].notes!.includes("kvm: not available: no end within 300 s (1 of 2 runs)."));
  assert.ok(broken[0].notes!.some((note) => note.startsWith("This host has 1 core")));
  const [latency, bandwidth] = busTables(summariseBus([completed(request, busLines(0.2, 10000)), completed(request, busLines(0.2, 100))], options()), 2);
  assert.not.ok(latency.notes!.some((note) => note.includes("differ more than") || note.startsWith("This host")));
  assert.ok(bandwidth.notes!.some((note) => note.startsWith("kvm: runs differ more than 10-fold at 1 KiB, 4 KiB,")));
  assert.equal(summariseBus([], options()).map((summary) => summary.unavailable), ["not run"]);
});

test("sizes are labelled in bytes, KiB and MiB; copied sizes say how many fit in the queue", () => {
  assert.equal([0, 8, 1024, 8192, 4194304, 1536].map(sizeLabel), ["0 B", "8 B", "1 KiB", "8 KiB", "4 MiB", "1536 B"]);
  assert.equal([0, 256, 257, 4096, 8192, 8193].map(sendPath), [
    "copied: 128 fit in the queue",
    "copied: 128 fit in the queue",
    "copied: 64 fit in the queue",
    "copied: 8 fit in the queue",
    "copied: 4 fit in the queue",
    "lent: sendTo waits for the copy",
  ]);
});

test.run();

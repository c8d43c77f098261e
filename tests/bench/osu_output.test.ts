// Reading OSU 7.4's output (bench/osu/osu_output.ts), as MPICH's osu_mirror and the unikernel's samples print it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { benchmarkOfTitle, parseOsuOutput } from "../../bench/osu/osu_output";

test("a collective's rows with -f: size, average, minimum, maximum, iterations", () => {
  const text = [
    "",
    "# OSU MPI Reduce Latency Test v7.4",
    "# Datatype: MPI_CHAR.",
    "# Size       Avg Latency(us)     Min Latency(us)     Max Latency(us)  Iterations",
    "1                         0.42                0.26                0.57        1000",
    "16384                    12.50               11.00               14.00         100",
  ].join("\n");
  assert.equal(parseOsuOutput(text), {
    benchmark: "reduce",
    rows: [
      { size: 1, avg: 0.42, min: 0.26, max: 0.57, iterations: 1000 },
      { size: 16384, avg: 12.5, min: 11, max: 14, iterations: 100 },
    ],
  });
});

test("barrier rows have no size; without -f a row is the average alone", () => {
  assert.equal(parseOsuOutput("\n# OSU MPI Barrier Latency Test v7.4\n# Avg Latency(us)\n             0.49\n"), { benchmark: "barrier", rows: [{ size: 0, avg: 0.49 }] });
  const full = "# OSU MPI Barrier Latency Test v7.4\n# Avg Latency(us)     Min Latency(us)     Max Latency(us)  Iterations\n             2.75                2.75                2.76        1000\n";
  assert.equal(parseOsuOutput(full).rows, [{ size: 0, avg: 2.75, min: 2.75, max: 2.76, iterations: 1000 }]);
});

test("latency and bandwidth rows: size and one figure", () => {
  const latency = "# OSU MPI Latency Test v7.4\n# Datatype: MPI_CHAR.\n# Size            Latency (us)\n0                         0.18\n8                         0.19\n";
  assert.equal(parseOsuOutput(latency), { benchmark: "latency", rows: [{ size: 0, avg: 0.18 }, { size: 8, avg: 0.19 }] });
  const bw = "# OSU MPI Bandwidth Test v7.4\n# Datatype: MPI_CHAR.\n# Size        Bandwidth (MB/s)\n1048576                7346.64\n";
  assert.equal(parseOsuOutput(bw), { benchmark: "bw", rows: [{ size: 1048576, avg: 7346.64 }] });
});

test("every benchmark's title is known; a kernel's lines and rank tags are skipped", () => {
  const titles: Array<[string, string]> = [
    ["# OSU MPI Broadcast Latency Test v7.4", "bcast"],
    ["# OSU MPI Allreduce Latency Test v7.4", "allreduce"],
    ["# OSU MPI Gather Latency Test v7.4", "gather"],
    ["# OSU MPI Scatter Latency Test v7.4", "scatter"],
    ["# OSU MPI Allgather Latency Test v7.4", "allgather"],
    ["# OSU MPI All-to-All Personalized Exchange Latency Test v7.4", "alltoall"],
  ];
  for (const [title, name] of titles) assert.is(benchmarkOfTitle(title), name);
  assert.is(benchmarkOfTitle("# OSU MPI Frobnicate Test v7.4"), undefined);
  const text = "toro: 2 cores ready\n[0] # OSU MPI Broadcast Latency Test v7.4\n[0] # Datatype: MPI_CHAR.\n[0] 8                         0.23\nexit status 0\n";
  assert.equal(parseOsuOutput(text), { benchmark: "bcast", rows: [{ size: 8, avg: 0.23 }] });
});

test("no title, or a row of the wrong width, is an error", () => {
  assert.throws(() => parseOsuOutput("8 0.5\n"), /no OSU title/);
  assert.throws(() => parseOsuOutput("# OSU MPI Latency Test v7.4\n8 0.5 0.4\n"), /unexpected row/);
});

test.run();

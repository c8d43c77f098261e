// `npm run bench`: builds the programs in bench/programs/, boots them under
// KVM (when usable) and TCG, and prints one table per benchmark:
//   (a) boot: VM start to every core ready, for 1, 4, 16 and 64 cores
//       (boot_benchmark.ts);
//   (b) allocator throughput per core (allocation_benchmark.ts);
//   now() against the host's clock (clock_benchmark.ts);
//   the bus: one-way latency and bandwidth of toro/virtio messages between
//   two cores (bus_benchmark.ts);
//   OSU 7.4's benchmarks on the unikernel beside MPICH on the host, and the
//   samples' image sizes (bench/osu/osu_benchmark.ts: build/bench/osu.json
//   and SVG plots).
// Writes everything measured, every repetition included, to
// build/bench/results.json. Runs one guest at a time: the figures are only
// meaningful on an otherwise idle host. Options: options.ts.
import * as fs from "fs";
import * as path from "path";
import { allocationJson, allocationRequests, allocationTable, summariseAllocation } from "./allocation_benchmark";
import { bootJson, bootRequests, bootTable, summariseBoot } from "./boot_benchmark";
import { busJson, busRequests, busTables, summariseBus } from "./bus_benchmark";
import { clockJson, clockRequests, clockTable, summariseClock } from "./clock_benchmark";
import { buildProgram, outputFolder } from "./build_programs";
import { CompletedRun, GuestRequest, runGuestInChild } from "./guest_run";
import { describeMachine, machineLines } from "./machine";
import { BenchOptions, parseOptions } from "./options";
import { runOsuComparison } from "./osu/osu_benchmark";
import { Progress } from "./progress";
import { Table, formatTable } from "./table";

async function main(args: readonly string[]): Promise<number> {
  const machine = describeMachine();
  let options: BenchOptions;
  try {
    options = parseOptions(args, machine.kvmUsable);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const requests = planRequests(options, machine.hostCores);
  const programs = [...new Set(requests.map((request) => request.program))];
  const progress = new Progress(programs.length + requests.length);
  const images = new Map<string, string>();
  for (const program of programs) {
    progress.next(`building bench/programs/${program}.ts`);
    images.set(program, buildProgram(program));
  }
  const runs: CompletedRun[] = [];
  for (const request of requests) {
    progress.next(request.label);
    const result = await runGuestInChild(images.get(request.program)!, request);
    runs.push({ request, result });
  }
  progress.done();

  const tables: Table[] = [];
  const results: Record<string, unknown> = { date: new Date().toISOString(), machine, options };
  if (options.only.includes("boot")) {
    const summaries = summariseBoot(runs, options);
    tables.push(bootTable(summaries, options));
    results.boot = bootJson(summaries);
  }
  if (options.only.includes("alloc")) {
    const summaries = summariseAllocation(runs, options, machine.hostCores);
    tables.push(allocationTable(summaries, options, machine.hostCores));
    results.allocation = allocationJson(summaries);
  }
  if (options.only.includes("clock")) {
    const summaries = summariseClock(runs, options);
    tables.push(clockTable(summaries, machine.cpuMegahertz));
    results.clock = clockJson(summaries);
  }
  if (options.only.includes("bus")) {
    const summaries = summariseBus(runs, options);
    tables.push(...busTables(summaries, machine.hostCores));
    results.bus = busJson(summaries);
  }

  let osuFiles: string[] = [];
  if (options.only.includes("osu")) {
    const report = await runOsuComparison(options.accels[0], machine.hostCores);
    tables.push(...report.tables);
    osuFiles = report.files;
    results.osu = path.relative(outputFolder, report.files[0]);
  }

  process.stdout.write(`${machineLines(machine).join("\n")}\n\n`);
  process.stdout.write(`${tables.map(formatTable).join("\n\n")}\n\n`);
  fs.mkdirSync(outputFolder, { recursive: true });
  const resultsFile = path.join(outputFolder, "results.json");
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`results: ${path.relative(process.cwd(), resultsFile) || resultsFile}\n`);
  for (const file of osuFiles) process.stdout.write(`osu: ${path.relative(process.cwd(), file) || file}\n`);
  return 0;
}

function planRequests(options: BenchOptions, hostCores: number): GuestRequest[] {
  const requests: GuestRequest[] = [];
  if (options.only.includes("boot")) requests.push(...bootRequests(options));
  if (options.only.includes("alloc")) requests.push(...allocationRequests(options, hostCores));
  if (options.only.includes("clock")) requests.push(...clockRequests(options));
  if (options.only.includes("bus")) requests.push(...busRequests(options));
  return requests;
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: Error) => {
    process.stderr.write(`\nbench: ${error.stack ?? error.message}\n`);
    process.exit(70);
  },
);

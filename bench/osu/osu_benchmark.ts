// `--only osu`: OSU micro-benchmarks 7.4's method run on both sides at the
// same rank count (plan.ts): MPICH on the host (mpich_side.ts) and the
// unikernel's samples/osu_<name>.ts (unikernel_side.ts). Prints a table per
// benchmark and rank count, writes build/bench/osu.json and SVG plots into
// build/bench/osu_plots/: latency (or bandwidth) against message size per
// benchmark, and barrier latency against core count. A side that cannot run
// (MPICH not installable, a sample not written yet) is skipped with a note.
import * as fs from "fs";
import * as path from "path";
import { outputFolder } from "../build_programs";
import { Accelerator } from "../guest_run";
import { Progress } from "../progress";
import { Table } from "../table";
import { ChildOutcome } from "./child_output";
import { OsuComparison, SideOutcome, barrierSeries, comparisonTable, osuJson, sizeSeries, unitOf } from "./compare";
import { buildMirror, ensureMpich, mpichVersion, runMirror } from "./mpich_side";
import { parseOsuOutput } from "./osu_output";
import { OsuRun, describeRun, planOsuRuns } from "./plan";
import { renderPlot } from "./svg_plot";
import { ImageSize, imageSizeTable, measureImages } from "./image_sizes";
import { buildSample, runSample } from "./unikernel_side";
import { debugFileOf } from "../../compiler/driver/build";

export const OSU_JSON = path.join(outputFolder, "osu.json");
/** Not build/bench/osu/: tsc compiles bench/osu/ there. */
export const PLOT_FOLDER = path.join(outputFolder, "osu_plots");

export interface OsuReport {
  tables: Table[];
  files: string[];
}

/** The first number of an OSU row ("8   0.42" → "8"), for the progress line. */
function rowSize(line: string): string | undefined {
  const match = /^(?:\[\d+\]\s?)?\s*(\d+)\s+\d/.exec(line);
  return match ? match[1] : undefined;
}

function outcomeOf(outcome: ChildOutcome): SideOutcome {
  try {
    const result = parseOsuOutput(outcome.text);
    return outcome.ok ? { result } : { result, failure: outcome.failure };
  } catch (error) {
    return { failure: outcome.ok ? (error as Error).message : outcome.failure };
  }
}

type Runner = (run: OsuRun, onLine: (line: string) => void) => Promise<ChildOutcome>;

async function measure(progress: Progress, side: string, run: OsuRun, runner: Runner): Promise<SideOutcome> {
  const label = `osu: ${side} ${describeRun(run)}`;
  progress.next(label);
  const outcome = await runner(run, (line) => {
    const size = rowSize(line);
    if (size !== undefined) progress.update(`${label}: ${size} B done`);
  });
  return outcomeOf(outcome);
}

/** The unikernel's runner, or why it is skipped, per benchmark (each sample is built once), and the images' sizes. */
function unikernelRunners(runs: readonly OsuRun[], accel: Accelerator, progress: Progress): { runners: Map<string, Runner | string>; sizes: ImageSize[] } {
  const runners = new Map<string, Runner | string>();
  const images: Array<{ benchmark: string; image: string; debugFile: string }> = [];
  for (const benchmark of new Set(runs.map((run) => run.benchmark))) {
    const built = buildSample(benchmark);
    if ("skipped" in built) {
      progress.note(`osu: unikernel side of ${benchmark} skipped: ${built.skipped}`);
      runners.set(benchmark, built.skipped);
    } else {
      runners.set(benchmark, (run, onLine) => runSample(built.image, run, accel, onLine));
      images.push({ benchmark, image: built.image, debugFile: debugFileOf(built.image) });
    }
  }
  return { runners, sizes: measureImages(images) };
}

export async function runOsuComparison(accel: Accelerator, hostCores: number): Promise<OsuReport> {
  const runs = planOsuRuns(hostCores);
  const progress = new Progress(2 * runs.length);
  const mpichProblem = ensureMpich((text) => progress.note(`osu: ${text}`)) ?? buildMirror();
  if (mpichProblem !== undefined) progress.note(`osu: MPICH side skipped: ${mpichProblem}`);
  const { runners, sizes } = unikernelRunners(runs, accel, progress);
  const comparisons: OsuComparison[] = [];
  for (const run of runs) {
    const mpich = mpichProblem === undefined ? await measure(progress, "MPICH", run, runMirror) : { failure: `skipped: ${mpichProblem.split("\n")[0]}` };
    if (mpichProblem !== undefined) progress.next(`osu: MPICH ${describeRun(run)} skipped`);
    const runner = runners.get(run.benchmark)!;
    let unikernel: SideOutcome;
    if (typeof runner === "string") {
      progress.next(`osu: unikernel ${describeRun(run)} skipped`);
      unikernel = { failure: `skipped: ${runner.split("\n")[0]}` };
    } else {
      unikernel = await measure(progress, `unikernel (${accel})`, run, runner);
    }
    comparisons.push({ run, unikernel, mpich });
  }
  progress.done();
  const version = mpichProblem === undefined ? mpichVersion() : "MPICH (not run)";
  const report = writeReport(comparisons, { date: new Date().toISOString(), mpichVersion: version, accel, hostCores, imageSizes: sizes });
  return { ...report, tables: [...report.tables, imageSizeTable(sizes)] };
}

/** Tables, osu.json and the plots for `comparisons`. */
export function writeReport(
  comparisons: readonly OsuComparison[],
  context: { date: string; mpichVersion: string; accel: string; hostCores: number; imageSizes?: ImageSize[] },
): OsuReport {
  fs.mkdirSync(PLOT_FOLDER, { recursive: true });
  fs.writeFileSync(OSU_JSON, `${JSON.stringify(osuJson(comparisons, context), null, 2)}\n`);
  const files = [OSU_JSON];
  for (const comparison of comparisons) {
    const { run } = comparison;
    if (run.benchmark === "barrier") continue;
    const file = path.join(PLOT_FOLDER, `${run.benchmark}_${run.ranks}_ranks.svg`);
    const measure = run.benchmark === "bw" ? "bandwidth (MB/s)" : `latency (${unitOf(run.benchmark)})`;
    const svg = renderPlot({
      title: `osu_${run.benchmark}, ${run.ranks} ranks: unikernel (${context.accel}) vs ${context.mpichVersion}`,
      xLabel: "message size (bytes)",
      yLabel: measure,
      series: [
        { name: "unikernel", points: sizeSeries(comparison.unikernel) },
        { name: "MPICH", points: sizeSeries(comparison.mpich) },
      ],
    });
    fs.writeFileSync(file, svg);
    files.push(file);
  }
  const barrierFile = path.join(PLOT_FOLDER, "barrier_by_cores.svg");
  fs.writeFileSync(
    barrierFile,
    renderPlot({
      title: `osu_barrier against core count (host: ${context.hostCores} cores)`,
      xLabel: "cores (ranks)",
      yLabel: "barrier latency (µs)",
      series: [
        { name: "unikernel", points: barrierSeries(comparisons, "unikernel") },
        { name: "MPICH", points: barrierSeries(comparisons, "mpich") },
      ],
    }),
  );
  files.push(barrierFile);
  return { tables: comparisons.map(comparisonTable), files };
}

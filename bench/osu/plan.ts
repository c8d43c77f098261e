// What the OSU comparison runs: every benchmark at 2 ranks with OSU's own
// defaults, the collectives again at 16 ranks (this host has 2 cores, so 16
// ranks oversubscribe it: MPICH's barrier then takes ~0.1 s, hence the 8-byte
// message and few iterations there), and the barrier at 4 and 8 ranks for the
// plot of barrier latency against core count. Both sides run each entry with
// the same arguments.
import { OSU_BENCHMARKS, OsuBenchmark } from "./osu_output";

export interface OsuRun {
  benchmark: OsuBenchmark;
  ranks: number;
  /** OSU options, as both osu_mirror and samples/osu_<name>.ts take them. */
  args: string[];
}

export const COMPARED_RANKS = [2, 16];
export const BARRIER_RANKS = [2, 4, 8, 16];
/** Point-to-point benchmarks need exactly two ranks. */
export const PAIR_BENCHMARKS: OsuBenchmark[] = ["latency", "bw"];
/** Oversubscribed runs: one message size, few iterations (each call waits for descheduled ranks). */
const OVERSUBSCRIBED_ARGS = ["-m", "8:8", "-i", "10", "-x", "1", "-f"];

/** The runs for `hostCores` cores: full OSU defaults where ranks fit the cores. */
export function planOsuRuns(hostCores: number): OsuRun[] {
  const runs: OsuRun[] = [];
  const argsFor = (benchmark: OsuBenchmark, ranks: number): string[] => {
    if (ranks <= hostCores) return PAIR_BENCHMARKS.includes(benchmark) ? [] : ["-f"];
    return benchmark === "barrier" ? ["-i", "10", "-x", "1", "-f"] : OVERSUBSCRIBED_ARGS;
  };
  for (const ranks of COMPARED_RANKS) {
    for (const benchmark of OSU_BENCHMARKS) {
      if (PAIR_BENCHMARKS.includes(benchmark) && ranks !== 2) continue;
      runs.push({ benchmark, ranks, args: argsFor(benchmark, ranks) });
    }
  }
  for (const ranks of BARRIER_RANKS) {
    if (!COMPARED_RANKS.includes(ranks)) runs.push({ benchmark: "barrier", ranks, args: argsFor("barrier", ranks) });
  }
  return runs;
}

export function describeRun(run: OsuRun): string {
  return `osu_${run.benchmark} at ${run.ranks} ranks${run.args.length > 0 ? ` (${run.args.join(" ")})` : ""}`;
}

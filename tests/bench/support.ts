// Completed runs made up for the summaries' tests: what a guest would have
// printed, with arrival times.
import { CompletedRun, GuestRequest } from "../../bench/guest_run";
import { BenchOptions } from "../../bench/options";

export function options(overrides: Partial<BenchOptions> = {}): BenchOptions {
  return { accels: ["kvm", "tcg"], coreCounts: [1, 4], repeat: 2, only: ["boot", "alloc", "clock"], ...overrides };
}

/** A run that exited 0 having printed `lines` (text and arrival second). */
export function completed(request: Omit<GuestRequest, "label">, lines: Array<[string, number]>): CompletedRun {
  return {
    request: { ...request, label: "test" },
    result: { ok: true, lines: lines.map(([text, hostSeconds]) => ({ text, hostSeconds })), hostSeconds: 1 },
  };
}

export function failed(request: Omit<GuestRequest, "label">, failure: string): CompletedRun {
  return { request: { ...request, label: "test" }, result: { ok: false, failure, lines: [], hostSeconds: 60 } };
}

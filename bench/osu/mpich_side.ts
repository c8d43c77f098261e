// The host MPI side of the OSU comparison: Debian's MPICH (packages mpich and
// libmpich-dev: mpicc, and mpiexec = MPICH's hydra). When they are missing,
// running as root installs them with apt-get as scripts/setup.js installs
// the toolchain's packages; otherwise the exact command is printed and the
// MPICH side is skipped. bench/mpich/osu_mirror.c is compiled with
// `mpicc -O2` into build/bench/osu_mirror and started with `mpiexec -n N`;
// hydra binds no process to a core by default, so N above the host's core
// count simply oversubscribes (no flag needed).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { outputFolder, repositoryRoot } from "../build_programs";
import { ChildOutcome, runStreaming } from "./child_output";
import { OsuRun } from "./plan";

export const MPICH_PACKAGES = ["mpich", "libmpich-dev"];
export const INSTALL_COMMAND = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${MPICH_PACKAGES.join(" ")}`;
const SOURCE = path.join(repositoryRoot, "bench", "mpich", "osu_mirror.c");
export const MIRROR_BINARY = path.join(outputFolder, "osu_mirror");
const TIMEOUT_SECONDS = 600;

export function findOnPath(command: string): string | undefined {
  for (const folder of (process.env.PATH ?? "").split(path.delimiter)) {
    if (folder === "") continue;
    const candidate = path.join(folder, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

function mpichPresent(): boolean {
  return findOnPath("mpicc") !== undefined && findOnPath("mpiexec") !== undefined;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** Installs MPICH when missing and possible; returns undefined when it is ready, else why the MPICH side is skipped. */
export function ensureMpich(say: (text: string) => void): string | undefined {
  if (mpichPresent()) return undefined;
  if (!isRoot() || !findOnPath("apt-get")) return `MPICH is not installed (mpicc, mpiexec); install it with:\n    ${INSTALL_COMMAND}`;
  say(`installing Debian packages: ${MPICH_PACKAGES.join(" ")}`);
  const environment = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", ...MPICH_PACKAGES]]) {
    const result = spawnSync("apt-get", args, { stdio: ["ignore", process.stderr, process.stderr], env: environment });
    if (result.status !== 0) return `apt-get ${args[0]} failed (status ${result.status}); install MPICH with:\n    ${INSTALL_COMMAND}`;
  }
  return mpichPresent() ? undefined : "apt-get finished but mpicc or mpiexec is still missing";
}

/** Compiles osu_mirror.c; returns undefined on success, else the compiler's complaint. */
export function buildMirror(): string | undefined {
  fs.mkdirSync(outputFolder, { recursive: true });
  const result = spawnSync("mpicc", ["-O2", "-o", MIRROR_BINARY, SOURCE], { encoding: "utf8" });
  if (result.status === 0) return undefined;
  return `mpicc -O2 ${path.relative(repositoryRoot, SOURCE)} failed: ${(result.stderr || result.error?.message || "").trim()}`;
}

/** `mpiexec -n <ranks> osu_mirror <benchmark> <args>`. */
export function mirrorCommand(run: OsuRun): string[] {
  return ["mpiexec", "-n", String(run.ranks), MIRROR_BINARY, run.benchmark, ...run.args];
}

export function runMirror(run: OsuRun, onLine: (line: string) => void): Promise<ChildOutcome> {
  const [command, ...args] = mirrorCommand(run);
  return runStreaming(command, args, onLine, TIMEOUT_SECONDS);
}

/** MPICH's version, as `mpichversion` or hydra reports it. */
export function mpichVersion(): string {
  const result = spawnSync("mpiexec", ["--version"], { encoding: "utf8" });
  const match = /Version:\s*(\S+)/.exec(result.stdout ?? "");
  return match ? `MPICH ${match[1]}` : "MPICH (version unknown)";
}

// The test entry point (`npm test`, after set-up): runs every compiled test
// file, build/tests/**/*.test.js, each in its own Node process so that a crash
// or a failed uvu run shows in that process's exit status.
//
// Usage: node build/tests/run-all.js [filter ...]
//   A filter keeps the files whose path (relative to tests/) contains it:
//   `npm test -- golden` runs only the golden tests.
// Environment: TOROTSC_TEST_JOBS (files run at once, default 2, the machine's
// core count), TOROTSC_TEST_FILE_TIMEOUT (seconds before a file is killed,
// default 1200, so that one hang cannot eat CI's whole time limit).
//
// Output: each file's output once it finishes, headed by its name, result and
// time; then the failed files; then, as the last line, exactly
// `N passed, M failed` with the test counts summed from uvu's summaries (a file
// whose process failed without reporting a failed test counts as one failure).
// Exit status 1 when anything failed (or nothing matched the filter), else 0.
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";

/** This file runs as build/tests/run-all.js; sources are in tests/ at the repository root. */
const compiledTestsRoot = __dirname;
const repositoryRoot = path.resolve(__dirname, "..", "..");
const sourceTestsRoot = path.join(repositoryRoot, "tests");

const parallelFiles = positiveIntegerFromEnvironment("TOROTSC_TEST_JOBS", 2);
const fileTimeoutSeconds = positiveIntegerFromEnvironment("TOROTSC_TEST_FILE_TIMEOUT", 1200);

interface FileResult {
  /** Relative to tests/, with "/" separators: `cli/usage.test.js`. */
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Why the process counts as failed beyond its test counts, if it does. */
  crash?: string;
  seconds: number;
  output: string;
}

/** Child processes still running, so an interrupt can stop them (and their QEMUs) too. */
const runningChildren = new Set<ChildProcess>();

async function main(filters: readonly string[]): Promise<number> {
  const files = selectFiles(findTestFiles(compiledTestsRoot), filters);
  if (files.length === 0) {
    const what = filters.length > 0 ? ` matching ${filters.map((filter) => `'${filter}'`).join(" or ")}` : "";
    process.stdout.write(`no test files${what} under ${path.relative(process.cwd(), compiledTestsRoot) || "."}\n`);
    process.stdout.write("0 passed, 1 failed\n");
    return 1;
  }
  process.stdout.write(`running ${files.length} test file(s), ${parallelFiles} at a time\n`);
  const results = await runAll(files);
  return printSummary(results);
}

// ---- Finding test files -----------------------------------------------------

function findTestFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const entryPath = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(entryPath));
    else if (entry.isFile() && entry.name.endsWith(".test.js")) found.push(entryPath);
  }
  return found.sort();
}

/** Keeps files matching any filter, and drops compiled files whose source is gone (stale output). */
function selectFiles(files: readonly string[], filters: readonly string[]): string[] {
  return files.filter((file) => {
    const name = displayName(file);
    if (filters.length > 0 && !filters.some((filter) => name.includes(filter))) return false;
    const source = path.join(sourceTestsRoot, name.replace(/\.js$/, ".ts"));
    if (!fs.existsSync(source)) {
      process.stdout.write(`skipping ${name}: its source ${path.relative(repositoryRoot, source)} no longer exists\n`);
      return false;
    }
    return true;
  });
}

function displayName(file: string): string {
  return path.relative(compiledTestsRoot, file).split(path.sep).join("/");
}

// ---- Running ----------------------------------------------------------------

/** Runs the files with at most `parallelFiles` at once; results come back in file order. */
async function runAll(files: readonly string[]): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      results[index] = await runFile(files[index]);
      printFileResult(results[index]);
    }
  };
  const workers = Array.from({ length: Math.min(parallelFiles, files.length) }, worker);
  await Promise.all(workers);
  return results;
}

function runFile(file: string): Promise<FileResult> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    // Its own process group (detached), so a timeout or an interrupt can stop
    // the whole tree: the test, the torotsc it started, and that one's QEMU.
    const child = spawn(process.execPath, [file], {
      cwd: repositoryRoot,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    runningChildren.add(child);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, fileTimeoutSeconds * 1000);
    const finish = (exitCode: number | null, signal: string | null, startError?: Error): void => {
      clearTimeout(timer);
      runningChildren.delete(child);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const crash = startError
        ? `could not start: ${startError.message}`
        : timedOut
          ? `killed after ${fileTimeoutSeconds} s (TOROTSC_TEST_FILE_TIMEOUT)`
          : describeAbnormalExit(exitCode, signal);
      resolve(resultOf(displayName(file), output, crash, seconds));
    };
    child.on("error", (error) => finish(null, null, error));
    child.on("close", (exitCode, signal) => finish(exitCode, signal));
  });
}

function describeAbnormalExit(exitCode: number | null, signal: string | null): string | undefined {
  if (signal) return `killed by ${signal}`;
  if (exitCode !== 0) return `exit status ${exitCode}`;
  return undefined;
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

// ---- Reading uvu's summary --------------------------------------------------

/** uvu ends its output with `Total: n`, `Passed: n`, `Skipped: n` lines (possibly coloured). */
function resultOf(name: string, output: string, crash: string | undefined, seconds: number): FileResult {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
  const total = lastCount(plain, "Total");
  const passed = lastCount(plain, "Passed");
  const skipped = lastCount(plain, "Skipped") ?? 0;
  if (total === undefined || passed === undefined) {
    const reason = crash ?? "exited without uvu's summary (did it call test.run()?)";
    return { name, passed: 0, failed: 1, skipped, crash: reason, seconds, output };
  }
  let failed = total - passed;
  // A process that failed although every test passed (an error after the
  // tests, an unhandled rejection) still counts: as one failure.
  if (crash && failed === 0) failed = 1;
  return { name, passed, failed, skipped, crash, seconds, output };
}

function lastCount(text: string, label: string): number | undefined {
  const matches = [...text.matchAll(new RegExp(`^\\s*${label}:\\s+(\\d+)\\s*$`, "gm"))];
  return matches.length > 0 ? Number(matches[matches.length - 1][1]) : undefined;
}

// ---- Reporting --------------------------------------------------------------

function printFileResult(result: FileResult): void {
  const verdict = result.failed > 0 ? "FAIL" : "ok";
  const counts = `${result.passed} passed, ${result.failed} failed` + (result.skipped ? `, ${result.skipped} skipped` : "");
  const crash = result.crash ? ` [${result.crash}]` : "";
  process.stdout.write(`\n=== ${result.name}: ${verdict} (${counts}) in ${result.seconds.toFixed(1)} s${crash}\n`);
  const body = result.output.trimEnd();
  if (body) process.stdout.write(body + "\n");
}

function printSummary(results: readonly FileResult[]): number {
  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  const failedFiles = results.filter((result) => result.failed > 0);
  process.stdout.write("\n--- timing\n");
  for (const result of results) {
    process.stdout.write(`${result.seconds.toFixed(1).padStart(7)} s  ${result.name}\n`);
  }
  if (failedFiles.length > 0) {
    process.stdout.write("--- failed\n");
    for (const result of failedFiles) {
      process.stdout.write(`  ${result.name}: ${result.failed} failed${result.crash ? ` [${result.crash}]` : ""}\n`);
    }
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function positiveIntegerFromEnvironment(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`run-all: ignoring ${name}='${text}' (not a positive whole number)\n`);
    return fallback;
  }
  return value;
}

function stopEverything(signal: NodeJS.Signals): void {
  for (const child of runningChildren) killGroup(child);
  process.stderr.write(`\nrun-all: interrupted by ${signal}\n`);
  process.exit(signal === "SIGINT" ? 130 : 143);
}

process.on("SIGINT", () => stopEverything("SIGINT"));
process.on("SIGTERM", () => stopEverything("SIGTERM"));

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`run-all: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.stdout.write("0 passed, 1 failed\n");
    process.exitCode = 1;
  },
);

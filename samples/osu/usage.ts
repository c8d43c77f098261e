// What OSU 7.4 does with options that are not a run (c/util/osu_util_mpi.c,
// print_bad_usage_message / print_help_message, and each benchmark's main):
// a bad option prints `<message> [-<letter> <argument>]` and a blank line,
// then the help, and every rank ends with status 1 (EXIT_FAILURE); -h prints
// the help and -v the title, and every rank ends with 0. Only rank 0 prints.
// The help lists the options in OSU's layout (`  -m, --message-size        `
// then the text, continuation lines indented 28), with this port's wording.
import { exit } from "toro/kernel";
import { MPI_COMM_WORLD, MPI_Comm_rank, MPI_Finalize } from "toro/mpi";
import { BENCHMARK_COLLECTIVE, OPTIONS_BAD_USAGE, OPTIONS_HELP, OPTIONS_OK, OPTIONS_VERSION, OsuOptions, acceptedLetters } from "./options";
import { printVersion } from "./output";

const LONG_NAME_WIDTH: i32 = 20;
const CONTINUATION_INDENT: i32 = 28;

function longName(letter: string): string {
  switch (letter) {
    case "h":
      return "help";
    case "v":
      return "version";
    case "f":
      return "full";
    case "m":
      return "message-size";
    case "i":
      return "iterations";
    case "x":
      return "warmup";
  }
  return "";
}

/** This port's help text per option; "\n" separates continuation lines. */
function helpText(letter: string, kind: i32): string {
  switch (letter) {
    case "h":
      return "show this help";
    case "v":
      return "show the benchmark's version";
    case "f":
      return "also show the minimum and maximum latency\nand the iteration count";
    case "m":
      return "[MIN:]MAX - message sizes from MIN to MAX\nbytes, doubling (e.g. -m 4:4096, -m 4096)";
    case "i":
      return kind === BENCHMARK_COLLECTIVE ? "ITER - timed iterations per size (default\n1000, 100 above 8192 bytes)" : "ITER - timed iterations per size";
    case "x":
      return kind === BENCHMARK_COLLECTIVE ? "ITER - untimed warm-up iterations per size\n(default 100, 10 above 8192 bytes)" : "ITER - untimed warm-up iterations per size";
  }
  return "";
}

function printHelp(program: string, kind: i32): void {
  console.log(`Usage: ${program} [options]`);
  console.log("Options:");
  const letters = acceptedLetters(kind);
  for (let at: i32 = 0; at < letters.length; at++) {
    const letter = letters[at];
    if (letter === ":") continue;
    const text = helpText(letter, kind);
    let lineStart: i32 = 0;
    let newline: i32 = text.indexOf("\n");
    let line = newline >= 0 ? text.substring(0, newline) : text;
    console.log(`  -${letter}, --${longName(letter).padEnd(LONG_NAME_WIDTH)}${line}`);
    while (newline >= 0) {
      lineStart = newline + 1;
      newline = text.indexOf("\n", lineStart);
      line = newline >= 0 ? text.substring(lineStart, newline) : text.substring(lineStart);
      console.log("".padStart(CONTINUATION_INDENT) + line);
    }
  }
}

function printBadUsage(program: string, kind: i32, options: OsuOptions): void {
  const shown = options.hasProblemArgument ? `-${options.problemOption} ${options.problemArgument}` : `-${options.problemOption}`;
  console.log(`${options.problem} [${shown}]`);
  console.log("");
  printHelp(program, kind);
}

/** MPI_Finalize, then this rank ends with `code` (every rank calls it, so the run ends with it). */
function endEveryRank(code: i32): void {
  MPI_Finalize();
  exit(code);
}

/**
 * Ends the run as OSU does when the options ask for something other than a
 * benchmark (help, version, a bad option); returns only when they ask for one.
 * Call after MPI_Init.
 */
export function finishUnlessRunning(program: string, benchmark: string, kind: i32, options: OsuOptions): void {
  if (options.outcome === OPTIONS_OK) return;
  const rank = new Int32Array(1);
  MPI_Comm_rank(MPI_COMM_WORLD, rank);
  if (options.outcome === OPTIONS_VERSION) {
    printVersion(benchmark);
  } else if (rank[0] === 0 && options.outcome === OPTIONS_HELP) {
    printHelp(program, kind);
  } else if (rank[0] === 0 && options.outcome === OPTIONS_BAD_USAGE) {
    printBadUsage(program, kind, options);
  }
  endEveryRank(options.outcome === OPTIONS_BAD_USAGE ? 1 : 0);
}

/** osu_latency and osu_bw: anything but two ranks ends every rank with status 1. */
export function requireExactlyTwoRanks(ranks: i32, rank: i32): void {
  if (ranks === 2) return;
  if (rank === 0) console.log("This test requires exactly two processes");
  endEveryRank(1);
}

/** The collectives: one rank ends every rank with status 1. */
export function requireAtLeastTwoRanks(ranks: i32, rank: i32): void {
  if (ranks >= 2) return;
  if (rank === 0) console.log("This test requires at least two processes");
  endEveryRank(1);
}

// The command-line options of the OSU micro-benchmarks 7.4 that these ports
// implement, parsed as OSU's getopt loop does (c/util/osu_util.c,
// process_options): short options, possibly clustered (`-fm 4:64`), an
// option's argument attached or in the next word, a few long forms, and
// option parsing stopping at the first word that is not an option ("+").
//
//   -m MAX | -m MIN:MAX   message sizes (collectives: 1 B to 1 MiB; osu_latency
//                         0 B, osu_bw 1 B, to 4 MiB); a MIN of 0 or less is
//                         ignored, as OSU ignores it, and a negative MAX is an error
//   -i ITERS              timed iterations (at least 1), for every size
//   -x WARMUP             untimed warm-up iterations (0 or more), for every size
//   -f                    full output: min, max and iterations (collectives only)
//   -h, -v                help, version
// Numbers are read as C's atoi reads them: leading digits, the rest ignored.
import { arg, argCount } from "toro/kernel";

export const OPTIONS_OK: i32 = 0;
export const OPTIONS_BAD_USAGE: i32 = 1;
export const OPTIONS_HELP: i32 = 2;
export const OPTIONS_VERSION: i32 = 3;

/** What kind of benchmark reads the options: defaults and accepted letters differ. */
export const BENCHMARK_COLLECTIVE: i32 = 0;
export const BENCHMARK_LATENCY: i32 = 1;
export const BENCHMARK_BANDWIDTH: i32 = 2;

/** Sizes above this use the "large" iteration and warm-up counts. */
export const LARGE_MESSAGE_SIZE: i32 = 8192;

export class OsuOptions {
  minSize: i32 = 1;
  maxSize: i32 = 1 << 20;
  iterations: i32 = 1000;
  warmup: i32 = 100;
  iterationsLarge: i32 = 100;
  warmupLarge: i32 = 10;
  full: boolean = false;
  /** OPTIONS_OK, OPTIONS_BAD_USAGE, OPTIONS_HELP or OPTIONS_VERSION. */
  outcome: i32 = OPTIONS_OK;
  /** For a bad usage: OSU's message, the option letter and the argument as OSU shows them. */
  problem: string = "";
  problemOption: string = "";
  problemArgument: string = "";
  hasProblemArgument: boolean = false;

  /** From here on, the counts for large messages apply (OSU switches once and for all). */
  switchToLargeCounts(): void {
    this.iterations = this.iterationsLarge;
    this.warmup = this.warmupLarge;
  }
}

/** The letters a benchmark accepts, in OSU's order, ':' after those taking an argument. */
export function acceptedLetters(kind: i32): string {
  return kind === BENCHMARK_COLLECTIVE ? "hvfm:i:x:" : "hvm:x:i:";
}

function defaultsFor(kind: i32): OsuOptions {
  const options = new OsuOptions();
  if (kind === BENCHMARK_LATENCY) {
    options.minSize = 0;
    options.maxSize = 1 << 22;
    options.iterations = 10000;
    options.warmup = 100;
    options.iterationsLarge = 1000;
    options.warmupLarge = 10;
  } else if (kind === BENCHMARK_BANDWIDTH) {
    options.maxSize = 1 << 22;
    options.iterations = 100;
    options.warmup = 10;
    options.iterationsLarge = 20;
    options.warmupLarge = 2;
  }
  return options;
}

/** C's atoi/atoll: optional blanks and sign, then digits up to the first non-digit; 0 if none. Saturates at i32. */
export function leadingInteger(text: string): i32 {
  let index: i32 = 0;
  while (index < text.length && (text[index] === " " || text[index] === "\t")) index++;
  let negative = false;
  if (index < text.length && (text[index] === "-" || text[index] === "+")) {
    negative = text[index] === "-";
    index++;
  }
  let value: f64 = 0;
  while (index < text.length) {
    const digit: i32 = i32(text.charCodeAt(index)) - 48;
    if (digit < 0 || digit > 9) break;
    value = Math.min(value * 10 + f64(digit), 2147483647);
    index++;
  }
  return negative ? -i32(value) : i32(value);
}

function reject(options: OsuOptions, message: string, letter: string): void {
  options.outcome = OPTIONS_BAD_USAGE;
  options.problem = message;
  options.problemOption = letter;
}

function rejectWithArgument(options: OsuOptions, message: string, letter: string, shown: string): void {
  reject(options, message, letter);
  options.problemArgument = shown;
  options.hasProblemArgument = true;
}

/**
 * `-m`: without a colon the value is the maximum (negative is an error);
 * with one colon, MIN:MAX, :MAX or MIN:. A MIN of 0 or less leaves the
 * default in place without complaint when a MAX follows (OSU keeps only the
 * last setter's verdict). OSU tokenises the argument in place, so a rejected
 * MIN:... shows only the part before the colon.
 */
function applyMessageSizes(options: OsuOptions, text: string): void {
  const colon: i32 = text.indexOf(":");
  if (colon < 0) {
    const max: i32 = leadingInteger(text);
    if (max < 0) rejectWithArgument(options, "Invalid Message Size", "m", text);
    else options.maxSize = max;
    return;
  }
  if (text.indexOf(":", colon + 1) >= 0) {
    rejectWithArgument(options, "Invalid Message Size", "m", text);
    return;
  }
  const before = text.substring(0, colon);
  const after = text.substring(colon + 1);
  const shown = before.length > 0 ? before : text;
  if (before.length > 0 && after.length > 0) {
    const min: i32 = leadingInteger(before);
    if (min > 0) options.minSize = min;
    const max: i32 = leadingInteger(after);
    if (max < 0) rejectWithArgument(options, "Invalid Message Size", "m", shown);
    else options.maxSize = max;
  } else if (after.length > 0) {
    const max: i32 = leadingInteger(after);
    if (max < 0) rejectWithArgument(options, "Invalid Message Size", "m", shown);
    else options.maxSize = max;
  } else if (before.length > 0) {
    const min: i32 = leadingInteger(before);
    if (min <= 0) rejectWithArgument(options, "Invalid Message Size", "m", shown);
    else options.minSize = min;
  } else {
    rejectWithArgument(options, "Invalid Message Size", "m", shown);
  }
}

function applyOption(options: OsuOptions, letter: string, value: string): void {
  switch (letter) {
    case "h":
      options.outcome = OPTIONS_HELP;
      break;
    case "v":
      options.outcome = OPTIONS_VERSION;
      break;
    case "f":
      options.full = true;
      break;
    case "m":
      applyMessageSizes(options, value);
      break;
    case "i": {
      const iterations: i32 = leadingInteger(value);
      if (iterations < 1) {
        rejectWithArgument(options, "Invalid Number of Iterations", "i", value);
      } else {
        options.iterations = iterations;
        options.iterationsLarge = iterations;
      }
      break;
    }
    case "x": {
      const warmup: i32 = leadingInteger(value);
      if (warmup < 0) {
        rejectWithArgument(options, "Invalid Number of Warmup Iterations", "x", value);
      } else {
        options.warmup = warmup;
        options.warmupLarge = warmup;
      }
      break;
    }
  }
}

/** The short letter of a long option this port knows, or "" when it knows none. */
function letterOfLongOption(name: string): string {
  switch (name) {
    case "help":
      return "h";
    case "version":
      return "v";
    case "full":
      return "f";
    case "message-size":
      return "m";
    case "iterations":
      return "i";
    case "warmup":
      return "x";
  }
  return "";
}

function takesArgument(accepted: string, letter: string): boolean {
  const at: i32 = accepted.indexOf(letter);
  return at >= 0 && at + 1 < accepted.length && accepted[at + 1] === ":";
}

function isAccepted(accepted: string, letter: string): boolean {
  return letter !== ":" && accepted.indexOf(letter) >= 0;
}

/** Parses the program arguments for a benchmark of `kind`; stops at the first problem, help or version. */
export function parseOptions(kind: i32): OsuOptions {
  const options = defaultsFor(kind);
  const accepted = acceptedLetters(kind);
  let word: i32 = 0;
  while (word < argCount() && options.outcome === OPTIONS_OK) {
    const text = arg(word);
    word++;
    if (text === "--") break;
    if (text.startsWith("--")) {
      const equals: i32 = text.indexOf("=");
      const name = equals >= 0 ? text.substring(2, equals) : text.substring(2);
      const letter = letterOfLongOption(name);
      if (letter === "" || !isAccepted(accepted, letter)) {
        reject(options, "Invalid option", "");
      } else if (!takesArgument(accepted, letter)) {
        applyOption(options, letter, "");
      } else if (equals >= 0) {
        applyOption(options, letter, text.substring(equals + 1));
      } else if (word < argCount()) {
        applyOption(options, letter, arg(word));
        word++;
      } else {
        reject(options, "Option Missing Required Argument", letter);
      }
      continue;
    }
    if (!text.startsWith("-") || text.length === 1) break;
    // One word may hold several letters; a letter taking an argument ends the word.
    let at: i32 = 1;
    while (at < text.length && options.outcome === OPTIONS_OK) {
      const letter = text[at];
      at++;
      if (!isAccepted(accepted, letter)) {
        reject(options, "Invalid option", letter);
      } else if (!takesArgument(accepted, letter)) {
        applyOption(options, letter, "");
      } else if (at < text.length) {
        applyOption(options, letter, text.substring(at));
        at = text.length;
      } else if (word < argCount()) {
        applyOption(options, letter, arg(word));
        word++;
      } else {
        reject(options, "Option Missing Required Argument", letter);
      }
    }
  }
  return options;
}

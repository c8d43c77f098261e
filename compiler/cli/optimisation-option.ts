// The -O option, shared by `build` and `run`: -O0 .. -O3 as in C compilers
// (main.ts hands yargs `-O2` as `--optimisation=2`). No yargs type: the
// coerce function sees the raw value, so a bad one is quoted as typed. A bare
// `-O` means the default level (yargs substitutes the default for a valueless option).
import { Options } from "yargs";
import { OptimisationLevel } from "../driver/build";
import { InvalidArgument } from "./errors";

export const defaultOptimisation: OptimisationLevel = 2;

export const optimisationOption = {
  alias: "optimisation",
  default: defaultOptimisation,
  describe: "Optimisation level, -O0 to -O3",
  coerce: toOptimisationLevel,
} satisfies Options;

function toOptimisationLevel(value: unknown): OptimisationLevel {
  const level = typeof value === "string" && /^[0-3]$/.test(value) ? Number(value) : value;
  if (level === 0 || level === 1 || level === 2 || level === 3) return level;
  throw new InvalidArgument(`-O takes 0, 1, 2 or 3 (as in -O2), not '${String(value)}'`);
}

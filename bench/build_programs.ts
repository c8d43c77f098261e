// Building the benchmark programs: bench/programs/<name>.ts at -O2 (as
// `torotsc run` builds) into build/bench/images/<name>.elf, once per harness
// run. The build driver (TypeScript, LLVM) is loaded on first use.
import * as path from "path";
import * as fs from "fs";
import { loadBuildDriver } from "../compiler/cli/load-build-driver";
import { formatDiagnostics } from "../compiler/diagnostics/format";

/** This file runs as build/bench/build_programs.js. */
export const repositoryRoot = path.resolve(__dirname, "..", "..");
export const outputFolder = path.join(repositoryRoot, "build", "bench");
const programFolder = path.join(repositoryRoot, "bench", "programs");
const imageFolder = path.join(outputFolder, "images");

/** Builds bench/programs/<program>.ts; returns the image's path. */
export function buildProgram(program: string): string {
  fs.mkdirSync(imageFolder, { recursive: true });
  const image = path.join(imageFolder, `${program}.elf`);
  const built = loadBuildDriver().build({ entry: path.join(programFolder, `${program}.ts`), output: image, optimisation: 2, emit: "elf" });
  if (!built.ok) throw new Error(`building bench/programs/${program}.ts failed:\n${formatDiagnostics(built.diagnostics, repositoryRoot)}`);
  return image;
}

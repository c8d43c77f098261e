// Regenerates the golden corpus's expected files from Node.
//
//   cd /work/main && npx tsc -p tsconfig.json && node build/tests/support/update-golden.js [name ...]
//
// Runs every tests/golden/<name>.ts (or only the names given) under Node with
// the dialect's runtime library (node-runner.ts) and writes <name>.out, plus
// <name>.status when the status is not 0. Node is the independent
// implementation of the dialect's semantics, so these files are the truth the
// compiled programs are held to; review the diff of every regenerated file.
import { GOLDEN_PROGRAM_ARGS, GoldenProgram, listGoldenPrograms, writeExpectation } from "./golden-programs";
import { runUnderNode } from "./node-runner";

function selectPrograms(names: readonly string[]): GoldenProgram[] {
  const programs = listGoldenPrograms();
  if (names.length === 0) return programs;
  const unknown = names.filter((name) => !programs.some((program) => program.name === name));
  if (unknown.length > 0) throw new Error(`no golden program named ${unknown.join(", ")}`);
  return programs.filter((program) => names.includes(program.name));
}

function main(): void {
  let failures = 0;
  for (const program of selectPrograms(process.argv.slice(2))) {
    try {
      const result = runUnderNode(program.sourceFile, [...GOLDEN_PROGRAM_ARGS]);
      writeExpectation(program, result);
      const status = result.exitCode === 0 ? "" : ` (status ${result.exitCode})`;
      console.log(`updated ${program.name}${status}`);
    } catch (error) {
      failures++;
      console.error(`FAILED ${program.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures > 0) {
    console.error(`${failures} program(s) failed; their expected files were left unchanged`);
    process.exitCode = 1;
  }
}

main();

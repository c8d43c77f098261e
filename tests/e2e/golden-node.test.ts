// The golden corpus run under Node: each program's expected files must be
// exactly what the program does under Node with the dialect's runtime library
// (tests/support/node-runner.ts). This holds the expected files to real
// TypeScript semantics, independently of the compiler. The corpus is also
// type-checked against compiler/lib/dialect.d.ts and screened for syntax
// outside the dialect, so that it only asks the compiler for dialect programs.
import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { screenDialectSyntax } from "../support/dialect-screen";
import { GOLDEN_PROGRAM_ARGS, goldenDirectory, listGoldenPrograms, readExpectation } from "../support/golden-programs";
import { typeCheckPrograms } from "../support/golden-typecheck";
import { runUnderNode } from "../support/node-runner";
import { describeMismatch } from "../support/text-diff";

/** The brief's floor for the corpus's breadth. */
const MINIMUM_PROGRAM_COUNT = 45;

const programs = listGoldenPrograms();

function goldenSourceFiles(): string[] {
  const library = path.join(goldenDirectory(), "lib");
  const helpers = fs.existsSync(library)
    ? fs.readdirSync(library).filter((entry) => entry.endsWith(".ts")).map((entry) => path.join(library, entry))
    : [];
  return [...programs.map((program) => program.sourceFile), ...helpers];
}

test(`the corpus holds at least ${MINIMUM_PROGRAM_COUNT} programs`, () => {
  assert.ok(programs.length >= MINIMUM_PROGRAM_COUNT, `only ${programs.length} golden programs`);
});

test("every golden program type-checks against dialect.d.ts", () => {
  const diagnostics = typeCheckPrograms(programs.map((program) => program.sourceFile));
  assert.is(diagnostics, "", diagnostics);
});

test("no golden source uses syntax outside the dialect", () => {
  const problems = goldenSourceFiles().flatMap(screenDialectSyntax);
  assert.is(problems.join("\n"), "", problems.join("\n"));
});

for (const program of programs) {
  test(`${program.name} under Node matches its expected files`, () => {
    const expected = readExpectation(program);
    const actual = runUnderNode(program.sourceFile, [...GOLDEN_PROGRAM_ARGS]);
    const mismatch = describeMismatch(program.name, expected, actual);
    assert.ok(mismatch === "", mismatch);
  });
}

test.run();

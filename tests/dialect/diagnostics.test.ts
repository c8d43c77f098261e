// The dialect checker against tests/diagnostics/: every rejected program gets
// exactly the codes its `// expect:` comments name, on exactly those lines,
// and every accepted program (`ok_*.ts`) gets none and is valid TypeScript
// under the dialect's library. Programs under tests/diagnostics/runtime/ are
// checked as runtime files. Also checks how a dialect diagnostic is rendered.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDiagnostic, formatDiagnostics } from "../../compiler/diagnostics/format";
import { checkDialect } from "../../compiler/dialect";
import { dialectLibraryFile } from "../../compiler/paths";
import { actualFindings, expectedFindings, listDiagnosticsPrograms, repositoryRoot } from "./expectations";
import { createTestProgram } from "./program";

const root = repositoryRoot();
const programs = listDiagnosticsPrograms(path.join(root, "tests", "diagnostics"));

test("the corpus has a program per rejected construct and accepted programs", () => {
  assert.ok(programs.filter((program) => !program.isAccepted).length >= 35, "at least 35 rejected programs");
  assert.ok(programs.some((program) => program.isAccepted && !program.isRuntime), "an accepted application program");
  assert.ok(programs.some((program) => program.isAccepted && program.isRuntime), "an accepted runtime program");
  for (const program of programs) {
    assert.ok(program.isAccepted || program.namedCode, `${program.name}: name it ok_<what>.ts or TORO<code>_<what>.ts`);
  }
});

for (const program of programs) {
  test(`diagnostics: ${program.name}`, () => {
    const { sourceFile, typeScriptErrors } = createTestProgram(program.file);
    const diagnostics = checkDialect([sourceFile], { isRuntimeFile: () => program.isRuntime });
    const expected = expectedFindings(sourceFile.text);
    if (program.isAccepted) {
      assert.equal(expected, [], `${program.name}: an accepted program has no expect comments`);
      const rendered = typeScriptErrors.map((diagnostic) => formatDiagnostic(diagnostic, root));
      assert.equal(rendered, [], `TypeScript rejects ${program.name}`);
    } else {
      assert.ok(expected.some((finding) => finding.endsWith(`:${program.namedCode}`)), `${program.name} expects no ${program.namedCode}`);
    }
    for (const diagnostic of diagnostics) {
      assert.not.match(diagnostic.message, /\{subject\}|''|^[\s:;]/, `${diagnostic.code} lacks its subject: ${diagnostic.message}`);
    }
    const actual = actualFindings(diagnostics);
    assert.equal(actual, expected, `line:code found (left) and expected (right); reported:\n${formatDiagnostics(diagnostics, root)}`);
  });
}

test("the runtime's allowances hold in runtime files only", () => {
  const { sourceFile } = createTestProgram(path.join(root, "tests", "diagnostics", "runtime", "ok_runtime.ts"));
  assert.equal(checkDialect([sourceFile], { isRuntimeFile: () => true }), []);
  const asApplication = actualFindings(checkDialect([sourceFile], { isRuntimeFile: () => false }));
  const codes = [...new Set(asApplication.map((finding) => finding.split(":")[1]))].sort();
  // Low-level imports, `declare`, the union in a declared function's parameter, `object`.
  assert.equal(codes, ["TORO1003", "TORO1010", "TORO1039", "TORO1101"]);
});

test("declaration files are trusted and skipped; several files are checked in order", () => {
  const library = ts.createSourceFile(dialectLibraryFile, fs.readFileSync(dialectLibraryFile, "utf8"), ts.ScriptTarget.ES2022);
  assert.ok(library.isDeclarationFile);
  const parse = (name: string, text: string): ts.SourceFile => ts.createSourceFile(name, text, ts.ScriptTarget.ES2022);
  const diagnostics = checkDialect([parse("first.ts", "let a: any = 1;"), library, parse("second.ts", "var b: i32 = 1;")], {
    isRuntimeFile: () => false,
  });
  assert.equal(diagnostics.map((diagnostic) => `${diagnostic.location?.file}:${diagnostic.code}`), ["first.ts:TORO1001", "second.ts:TORO1040"]);
});

test("a dialect diagnostic renders as file(line,col): error CODE: message, then a code frame with a caret", () => {
  const file = path.join(root, "tests", "diagnostics", "TORO1001_any.ts");
  const { sourceFile } = createTestProgram(file);
  const [first] = checkDialect([sourceFile], { isRuntimeFile: () => false });
  assert.ok(first?.location, "TORO1001_any.ts yields a located diagnostic");
  const location = first.location;
  const lines = formatDiagnostic(first, root).split("\n");
  assert.is(lines[0], `tests/diagnostics/TORO1001_any.ts(${location.line},${location.column}): error TORO1001: ${first.message}`);
  const sourceLine = fs.readFileSync(file, "utf8").split(/\r?\n/)[location.line - 1];
  assert.is(lines[1], `${String(location.line).padStart(5)} | ${sourceLine}`);
  // The caret sits under the word `any` and underlines exactly it.
  assert.is(lines[2], `${" ".repeat(5)} | ${" ".repeat(location.column - 1)}^^^`);
  assert.is(sourceLine.substr(location.column - 1, 3), "any");
});

test.run();

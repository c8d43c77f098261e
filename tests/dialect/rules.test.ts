// The dialect checker's rule table against everything that must agree with
// it: codes are unique and well formed, every code has a program in
// tests/diagnostics/ and a row in docs/diagnostics.md, and the list of
// low-level modules matches the ambient modules the runtime declares.
import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { allRules } from "../../compiler/dialect/codes";
import { LOW_LEVEL_MODULES } from "../../compiler/dialect/modules";
import { listDiagnosticsPrograms, repositoryRoot } from "./expectations";
import { runtimeDeclarationFiles } from "./program";

const root = repositoryRoot();

test("codes are unique and of the form TORO1xxx", () => {
  const codes = allRules().map((rule) => rule.code);
  assert.equal(new Set(codes).size, codes.length, "a code is used twice");
  for (const code of codes) assert.match(code, /^TORO1\d{3}$/);
});

test("a rule's default subject has a place in its template", () => {
  for (const rule of allRules()) {
    if (rule.defaultSubject === "") continue;
    assert.ok(rule.template.includes("{subject}"), `${rule.code} has a default subject but no {subject} in its template`);
  }
});

test("every code has a program in tests/diagnostics/ named after it", () => {
  const named = new Set(listDiagnosticsPrograms(path.join(root, "tests", "diagnostics")).map((program) => program.namedCode));
  const missing = allRules().map((rule) => rule.code).filter((code) => !named.has(code));
  assert.equal(missing, [], "codes without a diagnostics program");
});

test("docs/diagnostics.md has a table row for every code, and no row for unknown codes", () => {
  const documentation = fs.readFileSync(path.join(root, "docs", "diagnostics.md"), "utf8");
  const documented = [...documentation.matchAll(/^\|\s*(TORO\d{4})\s*\|/gm)].map((match) => match[1]);
  const codes = allRules().map((rule) => rule.code);
  assert.equal(documented, codes, "the table's codes, in order");
});

test("LOW_LEVEL_MODULES lists exactly the modules the runtime's .d.ts files declare", () => {
  const declared: string[] = [];
  for (const file of runtimeDeclarationFiles()) {
    for (const match of fs.readFileSync(file, "utf8").matchAll(/^declare module "([^"]+)"/gm)) declared.push(match[1]);
  }
  assert.equal([...LOW_LEVEL_MODULES].sort(), declared.sort());
});

test.run();

// The dialect checker accepts the project's own dialect code: the runtime
// (checked as runtime files), the golden programs and their helper modules,
// and the samples. A failure here means the checker rejects something the
// dialect allows, or that one of those programs strayed outside the dialect.
//
// Files are parsed without parent pointers, as the front end may hand them
// over before binding; the checker must not depend on them.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkDialect } from "../../compiler/dialect";
import { formatDiagnostic } from "../../compiler/diagnostics/format";
import { repositoryRoot } from "./expectations";

const root = repositoryRoot();

function implementationFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...implementationFiles(file));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) found.push(file);
  }
  return found.sort();
}

function checkFiles(files: readonly string[], isRuntime: boolean): string[] {
  const sourceFiles = files.map((file) => ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, false));
  return checkDialect(sourceFiles, { isRuntimeFile: () => isRuntime }).map((diagnostic) => formatDiagnostic(diagnostic, root));
}

const corpora: { name: string; folder: string; isRuntime: boolean }[] = [
  { name: "the runtime", folder: path.join(root, "runtime"), isRuntime: true },
  { name: "the golden programs", folder: path.join(root, "tests", "golden"), isRuntime: false },
  { name: "the samples", folder: path.join(root, "samples"), isRuntime: false },
];

for (const corpus of corpora) {
  test(`${corpus.name} are inside the dialect`, () => {
    const files = implementationFiles(corpus.folder);
    assert.equal(checkFiles(files, corpus.isRuntime), []);
  });
}

test("the corpus is not empty (so the tests above check something)", () => {
  assert.ok(implementationFiles(path.join(root, "runtime")).length > 0, "runtime files");
  assert.ok(implementationFiles(path.join(root, "tests", "golden")).length > 0, "golden programs");
});

test.run();

// The typer's diagnostics (TORO2xxx) against tests/diagnostics/typing/: each
// program names the code it expects on each offending line, and no other line
// may get a diagnostic. Runs the whole front end through `check`, as
// `torotsc check` does.
import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { check } from "../../compiler/driver/build";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { toolchainRoot } from "../../compiler/paths";
import { actualFindings, expectedFindings } from "../dialect/expectations";

const folder = path.join(toolchainRoot, "tests", "diagnostics", "typing");

for (const name of fs.readdirSync(folder).filter((file) => file.endsWith(".ts")).sort()) {
  test(`typing diagnostics: ${name}`, () => {
    const file = path.join(folder, name);
    const result = check(file);
    const expected = expectedFindings(fs.readFileSync(file, "utf8"));
    assert.ok(expected.length > 0, `${name} states the codes it expects`);
    assert.not.ok(result.ok, `${name} is rejected`);
    assert.equal(actualFindings(result.diagnostics), expected, formatDiagnostics(result.diagnostics));
  });
}

test.run();

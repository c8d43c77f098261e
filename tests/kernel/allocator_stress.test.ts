// Allocator stress across cores, booted: 10^6 allocator operations on 4
// cores with random block sizes, half of the frees on a core that does not
// own the block (the remote free list), every byte of every block verified
// (runtime/testing/index.ts does the work; tests/fixtures/kernel/allocator_stress.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { build } from "../../compiler/driver/build";
import { formatDiagnostics } from "../../compiler/diagnostics/format";
import { toolchainRoot } from "../../compiler/paths";
import { runImage } from "../../compiler/run/qemu";
import { OutputCollector } from "../support/output-collector";

test("10^6 allocations and frees across 4 cores keep every block intact", async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-stress-"));
  const image = path.join(folder, "allocator_stress.elf");
  const built = build({ entry: path.join(toolchainRoot, "tests", "fixtures", "kernel", "allocator_stress.ts"), output: image, optimisation: 2, emit: "elf" });
  assert.ok(built.ok, formatDiagnostics(built.diagnostics));
  const output = new OutputCollector();
  const outcome = await runImage({ image, cores: 4, memory: "256M", accel: "auto", timeoutSeconds: 300, programArgs: [], output });
  fs.rmSync(folder, { recursive: true, force: true });
  const stdout = output.text();
  assert.equal(outcome, { kind: "exited", code: 0 }, stdout);
  assert.is(stdout, "allocator stress: 4 cores, 1000000 operations, all blocks intact\n");
});

test.run();

// The clock end to end: tests/fixtures/kernel/time/clock_properties.ts is
// built at -O2 and booted (accelerator from TOROTSC_ACCEL, as runImage
// reads it), and what it printed is checked. No tolerance depends on the
// host's speed: the frequency only has to be plausible (100 MHz..10 GHz), and
// every other check is an ordering of readings taken by one core.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDiagnostics } from "../../../compiler/diagnostics/format";
import { build } from "../../../compiler/driver/build";
import { runImage } from "../../../compiler/run/qemu";
import { OutputCollector } from "../../support/output-collector";

const repositoryRoot = path.resolve(__dirname, "..", "..", "..", "..");
const program = path.join(repositoryRoot, "tests", "fixtures", "kernel", "time", "clock_properties.ts");
const TIMEOUT_SECONDS = 180;


/** Builds and boots the program; its `name value` lines (the value is the rest of the line). */
async function bootProgram(): Promise<Map<string, string>> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-kernel-time-"));
  try {
    const image = path.join(directory, "clock_properties.elf");
    const built = build({ entry: program, output: image, optimisation: 2, emit: "elf" });
    if (!built.ok) throw new Error(`build failed:\n${formatDiagnostics(built.diagnostics, repositoryRoot)}`);
    const output = new OutputCollector();
    const result = await runImage({
      image, cores: 1, memory: "64M", accel: "auto", timeoutSeconds: TIMEOUT_SECONDS, programArgs: [], output,
    });
    if (result.kind !== "exited" || result.code !== 0) throw new Error(`${JSON.stringify(result)}; output:\n${output.text()}`);
    return new Map(
      output.text().trimEnd().split("\n").map((line): [string, string] => {
        const space = line.indexOf(" ");
        return [line.slice(0, space), line.slice(space + 1)];
      }),
    );
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** Started once; every test awaits it, so a failed boot fails each test with its reason. */
let programRun: Promise<Map<string, string>> = Promise.resolve(new Map());

test.before(() => {
  programRun = bootProgram();
  programRun.catch(() => undefined);
});

async function number(name: string): Promise<number> {
  const text = (await programRun).get(name);
  if (text === undefined) throw new Error(`the program printed no ${name}`);
  const value = Number(text);
  assert.ok(Number.isFinite(value), `${name} ${text}`);
  return value;
}

test("the calibrated frequency is plausible (100 MHz..10 GHz)", async () => {
  const frequency = await number("frequency");
  assert.ok(frequency >= 1e8 && frequency <= 1e10, `${frequency} Hz`);
});

test("timeSource() names a known source and the calibration's duration", async () => {
  const source = (await programRun).get("source") ?? "";
  assert.match(source, /^(cpuid-15h|cpuid-16h|cpuid-40000010h|kvm-clock|pit), calibrated in \d+\.\d\d ms/);
});

test("now() and cycles() are positive when the program starts (counted from kernel entry)", async () => {
  assert.ok((await number("first")) > 0);
  assert.ok((await number("firstCycles")) > 0);
});

test("10^5 consecutive now() and cycles() readings never go back", async () => {
  assert.is(await number("backwards"), 0);
});

test("both readings advance across a busy loop", async () => {
  assert.is(await number("state"), 654669057, "the loop ran to the end");
  assert.ok((await number("loopEnd")) > (await number("loopStart")));
  assert.ok((await number("loopEndCycles")) > (await number("loopStartCycles")));
  assert.ok((await number("loopStart")) >= (await number("first")));
});

test("cycles() read between two now() readings lies between them times tscFrequency()", async () => {
  const frequency = await number("frequency");
  const between = await number("between");
  const [before, after] = [(await number("before")) * frequency, (await number("after")) * frequency];
  // One cycle of slack on each side for the rounding of seconds × frequency.
  assert.ok(between >= Math.floor(before) - 1, `${between} < ${before}`);
  assert.ok(between <= Math.ceil(after) + 1, `${between} > ${after}`);
});

test.run();

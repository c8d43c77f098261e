// Where `torotsc build` writes and what: the default output name in the
// current folder for each --emit kind, -o, and --verbose.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { describe, fixture, torotsc } from "./torotsc-process";

const limitSeconds = 120;
const source = fixture("exit-three.ts");

function inTemporaryFolder(body: (folder: string) => void): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-cli-test-"));
  try {
    body(folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function startsWith(file: string, bytes: number[]): boolean {
  const start = fs.readFileSync(file).subarray(0, bytes.length);
  return bytes.every((byte, index) => start[index] === byte);
}

const elfMagic = [0x7f, 0x45, 0x4c, 0x46];
/** LLVM bitcode: "BC" 0xC0DE. */
const bitcodeMagic = [0x42, 0x43, 0xc0, 0xde];

test("without -o, each kind lands in the current folder, named after the source; nothing printed", () => {
  inTemporaryFolder((folder) => {
    const expectations: Array<[string, string, (file: string) => boolean]> = [
      ["elf", "exit-three.elf", (file) => startsWith(file, elfMagic)],
      ["obj", "exit-three.o", (file) => startsWith(file, elfMagic)],
      ["bc", "exit-three.bc", (file) => startsWith(file, bitcodeMagic)],
      ["ll", "exit-three.ll", (file) => /\bdefine\b/.test(fs.readFileSync(file, "utf8"))],
    ];
    for (const [emit, expectedName, looksRight] of expectations) {
      const outcome = torotsc(["build", source, "--emit", emit], limitSeconds, folder);
      assert.is(outcome.status, 0, describe(outcome));
      assert.is(outcome.stdout + outcome.stderr, "", describe(outcome));
      const written = path.join(folder, expectedName);
      assert.ok(fs.existsSync(written), `--emit ${emit} should write ${expectedName}\n${describe(outcome)}`);
      assert.ok(looksRight(written), `${expectedName} does not look like --emit ${emit} output`);
    }
  });
});

test("-o names the output; --verbose prints it", () => {
  inTemporaryFolder((folder) => {
    const output = path.join(folder, "named.elf");
    const outcome = torotsc(["build", source, "-O0", "-o", output, "--verbose"], limitSeconds);
    assert.is(outcome.status, 0, describe(outcome));
    assert.is(outcome.stdout, `${output}\n`, describe(outcome));
    assert.ok(startsWith(output, elfMagic), "the image should be an ELF file");
  });
});

test.run();

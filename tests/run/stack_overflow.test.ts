// A CPU exception in a real program, end to end: unbounded recursion runs
// the ring-3 boot stack into the unmapped guard page below it (boot.s,
// linker.ld). The page fault enters ring 0, is handed to the runtime's
// report in ring 3 on a stack of its own (the faulting one is exhausted),
// and the run ends with the panic status. Under TCG and, when /dev/kvm
// opens, under KVM, when LLVM 14 and QEMU are installed.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Writable } from "stream";
import { build } from "../../compiler/driver/build";
import { probeHost } from "../../compiler/run/accelerator";
import { runImage } from "../../compiler/run/qemu";
import { missingTools } from "./boot_image";

class Collector extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

/** `* 3 + n` keeps LLVM from turning the recursion into a loop. */
const PROGRAM = `
function depth(n: i32): i32 {
  if (n === 0) return 0;
  return depth(n - 1) * 3 + n;
}
console.log("recursing");
console.log(\`\${depth(100000000)}\`);
`;

/** A write (bit 1) from ring 3 (bit 2) to a page that is not present (bit 0 clear), in the guard page at 1 MiB;
 *  the runner appends the TypeScript location of the faulting rip. */
const REPORT = /^recursing\npanic on core 0 \(thread main\): CPU exception 14 \(page fault\) error code 0x6 address 0x100[0-9a-f]{3} at rip 0x[0-9a-f]+ \(\S*overflow\.ts:\d+\)\n$/;

const missing = missingTools();
if (missing.length > 0) {
  console.log(`stack_overflow.test: skipping, missing ${missing.join(", ")}`);
} else {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-overflow-"));
  const source = path.join(folder, "overflow.ts");
  const image = path.join(folder, "overflow.elf");
  fs.writeFileSync(source, PROGRAM);
  const built = build({ entry: source, output: image, optimisation: 2, emit: "elf" });
  const accelerators: ("kvm" | "tcg")[] = probeHost().kvmOpens ? ["tcg", "kvm"] : ["tcg"];

  test("the program builds", () => {
    assert.ok(built.ok, JSON.stringify(built.diagnostics));
  });

  for (const accel of accelerators) {
    test(`${accel}: a stack overflow is reported as a page fault in the guard page, status 101`, async () => {
      const output = new Collector();
      const outcome = await runImage({
        image, cores: 1, memory: "128M", accel, timeoutSeconds: 30, programArgs: [], output,
      });
      assert.equal(outcome, { kind: "exited", code: 101 }, output.text);
      assert.match(output.text, REPORT);
    });
  }

  test.after(() => fs.rmSync(folder, { recursive: true, force: true }));
}

test.run();

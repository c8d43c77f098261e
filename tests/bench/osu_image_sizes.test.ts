// The image-size table of the OSU comparison: sizes read from the files,
// the barrier's against its 64 KiB target.
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BARRIER_IMAGE_TARGET_BYTES, imageSizeTable, measureImages } from "../../bench/osu/image_sizes";

test("sizes come from the files; a missing debug file counts 0", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-sizes-"));
  const file = (name: string, bytes: number): string => {
    const full = path.join(folder, name);
    fs.writeFileSync(full, new Uint8Array(bytes));
    return full;
  };
  const sizes = measureImages([
    { benchmark: "barrier", image: file("b.elf", 98304), debugFile: file("b.elf.debug", 2048) },
    { benchmark: "bw", image: file("w.elf", 1000), debugFile: path.join(folder, "absent.debug") },
  ]);
  assert.equal(sizes, [
    { benchmark: "barrier", imageBytes: 98304, debugBytes: 2048 },
    { benchmark: "bw", imageBytes: 1000, debugBytes: 0 },
  ]);
  fs.rmSync(folder, { recursive: true, force: true });
});

test("the barrier's row states its ratio to the target; the others have none", () => {
  assert.is(BARRIER_IMAGE_TARGET_BYTES, 65536);
  const table = imageSizeTable([
    { benchmark: "barrier", imageBytes: 98304, debugBytes: 2048 },
    { benchmark: "bw", imageBytes: 1000, debugBytes: 0 },
  ]);
  assert.equal(table.rows, [
    ["osu_barrier", "98304", "96.0", "2.0", "≤ 64.0 KiB: 1.50× the target"],
    ["osu_bw", "1000", "1.0", "0.0", "-"],
  ]);
});

test.run();

// The size of each OSU sample's bootable image, beside the target the
// issue sets for osu_barrier's. The image is what QEMU loads (`torotsc
// build`'s output, stripped); its symbols and DWARF are in the debug file
// beside it, which never boots, and is shown for completeness.
import * as fs from "fs";
import { Table } from "../table";

/** Issue 6's target for osu_barrier's image. */
export const BARRIER_IMAGE_TARGET_BYTES = 64 * 1024;

export interface ImageSize {
  benchmark: string;
  imageBytes: number;
  debugBytes: number;
}

/** Sizes of the images built, in `images` order; a debug file that is missing counts 0. */
export function measureImages(images: ReadonlyArray<{ benchmark: string; image: string; debugFile: string }>): ImageSize[] {
  return images.map(({ benchmark, image, debugFile }) => ({
    benchmark,
    imageBytes: fs.statSync(image).size,
    debugBytes: fs.existsSync(debugFile) ? fs.statSync(debugFile).size : 0,
  }));
}

function kibibytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

export function imageSizeTable(sizes: readonly ImageSize[]): Table {
  return {
    title: "OSU sample images",
    headers: ["sample", "image (bytes)", "image (KiB)", "debug file (KiB)", "target"],
    rows: sizes.map((size) => [
      `osu_${size.benchmark}`,
      String(size.imageBytes),
      kibibytes(size.imageBytes),
      kibibytes(size.debugBytes),
      size.benchmark === "barrier"
        ? `≤ ${kibibytes(BARRIER_IMAGE_TARGET_BYTES)} KiB: ${(size.imageBytes / BARRIER_IMAGE_TARGET_BYTES).toFixed(2)}× the target`
        : "-",
    ]),
    notes: ["The image is what boots (stripped); symbols and line tables are in <image>.debug beside it."],
  };
}

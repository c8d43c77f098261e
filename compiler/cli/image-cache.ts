// Where `torotsc run prog.ts` puts the image it builds before booting it.
//
// The image goes to `.torotsc-cache/` beside the source (ignored by git), named
// after the source and the optimisation level: `prog.O2.elf`. It is rebuilt on
// every run (the compiler does not track imports and runtime changes) and kept
// afterwards, so it can be inspected or re-run with `torotsc run`. When the
// source's folder is not writable, a per-user folder under os.tmpdir() is used.
//
// Several runs of one program may build at once (parallel tests): each writes
// a file of its own and renames it into place, so no run boots a half-written
// image and the survivor is always a complete one.
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { OptimisationLevel } from "../driver/build";

export const cacheFolderName = ".torotsc-cache";

export interface CachedImage {
  /** Where the build writes; unique to this process. */
  temporaryPath: string;
  /** Where the finished image is moved to and booted from. */
  finalPath: string;
}

export function cachedImageFor(source: string, optimisation: OptimisationLevel): CachedImage {
  const folder = writableCacheFolder(source);
  const finalPath = path.join(folder, `${path.parse(source).name}.O${optimisation}.elf`);
  const temporaryPath = `${finalPath}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  return { temporaryPath, finalPath };
}

/** Moves a finished build into place (atomically: rename within one folder). */
export function publishImage(image: CachedImage): string {
  fs.renameSync(image.temporaryPath, image.finalPath);
  return image.finalPath;
}

export function discardImage(image: CachedImage): void {
  fs.rmSync(image.temporaryPath, { force: true });
}

function writableCacheFolder(source: string): string {
  const besideSource = path.join(path.dirname(source), cacheFolderName);
  if (tryCreateWritable(besideSource)) return besideSource;
  // Distinct per source folder, so prog.ts in two read-only folders never share an image.
  const sourceFolderKey = crypto.createHash("sha256").update(path.dirname(source)).digest("hex").slice(0, 16);
  const userName = os.userInfo().username.replace(/[^A-Za-z0-9_-]/g, "_");
  const inTemporary = path.join(os.tmpdir(), `torotsc-cache-${userName}`, sourceFolderKey);
  fs.mkdirSync(inTemporary, { recursive: true });
  return inTemporary;
}

function tryCreateWritable(folder: string): boolean {
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

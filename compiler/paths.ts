// Where the toolchain finds its own files, wherever it is installed or run from.
import * as path from "path";

/** The repository root: build/compiler/paths.js and compiler/paths.ts both sit two levels below it. */
function findRoot(): string {
  const here = __dirname;
  const parts = here.split(path.sep);
  const buildIndex = parts.lastIndexOf("build");
  if (buildIndex > 0) return parts.slice(0, buildIndex).join(path.sep) || path.sep;
  return path.resolve(here, "..");
}

export const toolchainRoot = findRoot();
export const dialectLibraryFile = path.join(toolchainRoot, "compiler", "lib", "dialect.d.ts");
export const runtimeRoot = path.join(toolchainRoot, "runtime");
/** Runtime folders whose modules are in every image (the rest are imported by name). */
export const alwaysLinkedRuntimeFolders = [path.join(runtimeRoot, "kernel"), path.join(runtimeRoot, "lang")];

// Runtime modules imported by name: `import { exit } from "toro/kernel"`.
//
// A bare `toro/<name>` resolves to runtime/<name>/index.ts; the low-level
// layers (`toro/unsafe`, `toro/x86_64`, ...) are ambient module declarations in
// runtime .d.ts files and need no mapping.
import * as fs from "fs";
import * as path from "path";
import { runtimeRoot, alwaysLinkedRuntimeFolders } from "../paths";

export const runtimeModulePrefix = "toro/";

/** runtime/<name>/index.ts for `toro/<name>`, when that file exists. */
export function runtimeModuleFile(specifier: string): string | undefined {
  if (!specifier.startsWith(runtimeModulePrefix)) return undefined;
  const candidate = path.join(runtimeRoot, specifier.slice(runtimeModulePrefix.length), "index.ts");
  return fs.existsSync(candidate) ? candidate : undefined;
}

export function isRuntimeFile(fileName: string): boolean {
  const relative = path.relative(runtimeRoot, path.resolve(fileName));
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** Every .ts and .d.ts file of the always-linked runtime folders, sorted for stable output. */
export function alwaysLinkedRuntimeFiles(): string[] {
  const files: string[] = [];
  for (const folder of alwaysLinkedRuntimeFolders) collectTypeScriptFiles(folder, files);
  return files.sort();
}

/** Hand-written LLVM IR (.ll) and assembly (.s) that the image links in. */
export function runtimeNativeFiles(extension: ".ll" | ".s"): string[] {
  const files: string[] = [];
  for (const folder of alwaysLinkedRuntimeFolders) collectFiles(folder, (name) => name.endsWith(extension), files);
  return files.sort();
}

function collectTypeScriptFiles(folder: string, into: string[]): void {
  collectFiles(folder, (name) => name.endsWith(".ts"), into);
}

function collectFiles(folder: string, accept: (name: string) => boolean, into: string[]): void {
  if (!fs.existsSync(folder)) return;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) collectFiles(full, accept, into);
    else if (accept(entry.name)) into.push(full);
  }
}

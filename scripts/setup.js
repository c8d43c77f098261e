#!/usr/bin/env node
// One-command set-up: brings a Debian machine with Node 20 to the point where
// `bin/torotsc` and the tests run, and does nothing (quickly) when it already is.
//
// Steps, each skipped when its result is already in place:
//   1. Debian packages: the LLVM 14 tools, lld, QEMU, and what llvm-bindings
//      needs to compile itself during npm install (llvm-14-dev, cmake, g++,
//      make, python3). Installed with apt-get when running as root; otherwise
//      the exact command is printed.
//   2. npm packages: `npm ci` when node_modules is older than the lock file
//      (llvm-bindings compiles from source then, about two minutes).
//   3. The toolchain itself: `tsc -p tsconfig.json` into build/ when a source
//      is newer than the stamp written by the last successful compile.
//
// Plain CommonJS with no dependencies: it runs before node_modules exists.
// Exit status: 0 when everything is ready, 1 when a step failed or needs the
// user (the message says what to do).
"use strict";

const childProcess = require("child_process");
const fs = require("fs");
const path = require("path");

const repositoryRoot = path.resolve(__dirname, "..");
const buildDirectory = path.join(repositoryRoot, "build");
const buildStamp = path.join(buildDirectory, ".setup-stamp.json");
const nodeModules = path.join(repositoryRoot, "node_modules");
const llvmBindingsAddon = path.join(nodeModules, "llvm-bindings", "build", "Release", "llvm-bindings.node");

/** Each requirement: how to tell it is present, and the Debian package that provides it. */
const debianRequirements = [
  { command: "llc-14", debianPackage: "llvm-14" },
  { command: "opt-14", debianPackage: "llvm-14" },
  { command: "llvm-link-14", debianPackage: "llvm-14" },
  { command: "llvm-mc-14", debianPackage: "llvm-14" },
  { command: "llvm-objcopy-14", debianPackage: "llvm-14" },
  { command: "ld.lld-14", debianPackage: "lld-14" },
  { command: "qemu-system-x86_64", debianPackage: "qemu-system-x86" },
  // llvm-bindings' CMake build finds LLVM through these; both come from llvm-14-dev
  // (llvm-config-14 alone is in llvm-14, so the CMake package file is the real test).
  { command: "llvm-config-14", debianPackage: "llvm-14-dev" },
  { file: "/usr/lib/llvm-14/lib/cmake/llvm/LLVMConfig.cmake", debianPackage: "llvm-14-dev" },
  { file: "/usr/lib/llvm-14/include/llvm/IR/IRBuilder.h", debianPackage: "llvm-14-dev" },
  { command: "cmake", debianPackage: "cmake" },
  { command: "g++", debianPackage: "g++" },
  { command: "make", debianPackage: "make" },
  { command: "python3", debianPackage: "python3" },
];

/** The folders tsconfig.json's "include" names; what it excludes is read from the file. */
const sourceRoots = ["compiler", "tests", "bench"];

class SetupFailed extends Error {}

function say(message) {
  process.stdout.write(`torotsc setup: ${message}\n`);
}

function main() {
  checkNodeVersion();
  ensureDebianPackages();
  ensureNpmPackages();
  ensureToolchainBuilt();
}

function checkNodeVersion() {
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 20) throw new SetupFailed(`Node 20 or newer is needed; this is Node ${process.versions.node}`);
}

// ---- Step 1: Debian packages ------------------------------------------------

function ensureDebianPackages() {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const installArguments = ["install", "-y", "--no-install-recommends", ...missing];
  if (!isRoot()) {
    throw new SetupFailed(
      `missing Debian packages: ${missing.join(" ")}\n` +
        `  install them with:\n    sudo apt-get update && sudo apt-get ${installArguments.join(" ")}\n` +
        `  then run this again`,
    );
  }
  if (!findOnPath("apt-get")) {
    throw new SetupFailed(`missing ${missing.join(" ")} and there is no apt-get; install the equivalents by hand`);
  }
  say(`installing Debian packages: ${missing.join(" ")}`);
  const environment = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  runVisibly("apt-get", ["update"], { env: environment });
  runVisibly("apt-get", installArguments, { env: environment });
  const stillMissing = missingDebianPackages();
  if (stillMissing.length > 0) {
    throw new SetupFailed(`apt-get finished but these are still missing: ${stillMissing.join(" ")}`);
  }
}

/** The Debian packages to install, each once, in the order first needed. */
function missingDebianPackages() {
  const packages = [];
  for (const requirement of debianRequirements) {
    const present = requirement.command ? findOnPath(requirement.command) : fs.existsSync(requirement.file);
    if (!present && !packages.includes(requirement.debianPackage)) packages.push(requirement.debianPackage);
  }
  return packages;
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function findOnPath(command) {
  for (const directory of (process.env.PATH || "").split(path.delimiter)) {
    if (!directory) continue;
    const candidate = path.join(directory, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not in this directory; keep looking.
    }
  }
  return undefined;
}

// ---- Step 2: npm packages ---------------------------------------------------

function ensureNpmPackages() {
  const reason = npmInstallReason();
  if (reason) {
    const hasLockFile = fs.existsSync(path.join(repositoryRoot, "package-lock.json"));
    const npmCommand = hasLockFile ? "ci" : "install";
    say(`installing npm packages (npm ${npmCommand}: ${reason}); llvm-bindings compiles from source: 2 to 5 minutes`);
    runNpm([npmCommand]);
  } else if (!fs.existsSync(llvmBindingsAddon)) {
    // Packages are current but the native addon is absent (an install with
    // --ignore-scripts, or an interrupted compile): build just that.
    say("compiling llvm-bindings' native addon (npm rebuild llvm-bindings): 2 to 5 minutes");
    runNpm(["rebuild", "llvm-bindings"]);
  }
  if (!fs.existsSync(llvmBindingsAddon)) {
    throw new SetupFailed(`npm finished but ${path.relative(repositoryRoot, llvmBindingsAddon)} was not built`);
  }
}

/** Why node_modules must be (re)installed, or undefined when it is current. */
function npmInstallReason() {
  const installedLock = path.join(nodeModules, ".package-lock.json");
  if (!fs.existsSync(nodeModules)) return "node_modules is missing";
  if (!fs.existsSync(installedLock)) return "node_modules is incomplete";
  const installedTime = modificationTime(installedLock);
  for (const manifest of ["package.json", "package-lock.json"]) {
    const file = path.join(repositoryRoot, manifest);
    if (fs.existsSync(file) && modificationTime(file) > installedTime) return `${manifest} changed`;
  }
  return undefined;
}

function runNpm(npmArguments) {
  const environment = { ...process.env };
  // cmake-js (llvm-bindings' build) downloads Node's headers unless told where
  // they are; Debian's and NodeSource's nodejs packages ship them, so point at
  // those and the build needs no network beyond the npm registry.
  const nodePrefix = path.resolve(path.dirname(process.execPath), "..");
  const configuredNodeDirectory = environment.npm_config_nodedir || environment.NPM_CONFIG_NODEDIR;
  if (!configuredNodeDirectory && fs.existsSync(path.join(nodePrefix, "include", "node", "node_api.h"))) {
    environment.npm_config_nodedir = nodePrefix;
  }
  // Show the addon's compile as it happens: minutes of silence look like a hang.
  const shownArguments = [...npmArguments, "--foreground-scripts"];
  // Under `npm run`, npm_execpath names the npm that is running us: use the same one.
  const npmScript = process.env.npm_execpath;
  if (npmScript && /npm-cli\.js$/.test(npmScript)) {
    runVisibly(process.execPath, [npmScript, ...shownArguments], { env: environment });
  } else {
    runVisibly("npm", shownArguments, { env: environment });
  }
}

// ---- Step 3: compile the toolchain ------------------------------------------

function ensureToolchainBuilt() {
  const sources = listSources();
  const reason = rebuildReason(sources);
  if (!reason) return;
  if (reason.clean) fs.rmSync(buildDirectory, { recursive: true, force: true });
  say(`compiling the toolchain with tsc (${reason.text})`);
  const tsc = path.join(nodeModules, "typescript", "bin", "tsc");
  // The stamp carries the time the compile started, so a source saved while
  // tsc runs is still newer than the stamp and triggers the next compile.
  const startTime = new Date();
  runVisibly(process.execPath, [tsc, "-p", path.join(repositoryRoot, "tsconfig.json")], {
    failure: "the TypeScript compile failed (errors above)",
  });
  fs.mkdirSync(buildDirectory, { recursive: true });
  fs.writeFileSync(buildStamp, JSON.stringify({ sources }, null, 1) + "\n");
  fs.utimesSync(buildStamp, startTime, startTime);
}

/**
 * Why build/ is out of date, or undefined when it is current. The stamp lists
 * the sources it was built from: when one is added, renamed or deleted, the
 * build is redone from empty so no stale .js (say, a deleted test) survives.
 */
function rebuildReason(sources) {
  if (!fs.existsSync(buildStamp)) return { text: "no previous build", clean: true };
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(buildStamp, "utf8"));
  } catch {
    return { text: "the build stamp is unreadable", clean: true };
  }
  const previous = Array.isArray(stamp.sources) ? stamp.sources : [];
  if (previous.length !== sources.length || previous.some((file, index) => file !== sources[index])) {
    return { text: "source files were added or removed", clean: true };
  }
  const stampTime = modificationTime(buildStamp);
  const inputs = [...sources, "tsconfig.json", "package-lock.json"];
  const changed = inputs.find((file) => {
    const absolute = path.join(repositoryRoot, file);
    return fs.existsSync(absolute) && modificationTime(absolute) > stampTime;
  });
  if (changed) return { text: `${changed} changed`, clean: false };
  if (!fs.existsSync(path.join(buildDirectory, "compiler", "cli", "main.js"))) {
    return { text: "build/ is incomplete", clean: true };
  }
  return undefined;
}

/** Every .ts file tsconfig.json compiles, as sorted repository-relative paths with "/" separators. */
function listSources() {
  const found = [];
  const excludedFolders = excludedSourceFolders();
  for (const root of sourceRoots) collectTypeScript(root, excludedFolders, found);
  return found.sort();
}

/**
 * The folders named by tsconfig.json's "exclude" patterns of the form
 * `folder/**`. Should the file not parse as plain JSON, nothing is excluded:
 * that only makes the stamp watch more files than tsc compiles.
 */
function excludedSourceFolders() {
  try {
    const tsconfig = JSON.parse(fs.readFileSync(path.join(repositoryRoot, "tsconfig.json"), "utf8"));
    const patterns = Array.isArray(tsconfig.exclude) ? tsconfig.exclude : [];
    return patterns.map((pattern) => String(pattern).replace(/\/\*\*$/, "").replace(/\/$/, ""));
  } catch {
    return [];
  }
}

function collectTypeScript(relativeDirectory, excludedFolders, found) {
  if (excludedFolders.includes(relativeDirectory)) return;
  let entries;
  try {
    entries = fs.readdirSync(path.join(repositoryRoot, relativeDirectory), { withFileTypes: true });
  } catch {
    return; // An absent source root (bench/ before it exists) has nothing to compile.
  }
  for (const entry of entries) {
    const relative = `${relativeDirectory}/${entry.name}`;
    if (entry.isDirectory()) collectTypeScript(relative, excludedFolders, found);
    else if (entry.isFile() && entry.name.endsWith(".ts")) found.push(relative);
  }
}

// ---- Helpers ----------------------------------------------------------------

function modificationTime(file) {
  return fs.statSync(file).mtimeMs;
}

/**
 * Runs a command with its output shown and no stdin (CI has none); throws on
 * failure, with `failure` as the message when given.
 */
function runVisibly(command, commandArguments, { env, failure } = {}) {
  const result = childProcess.spawnSync(command, commandArguments, {
    cwd: repositoryRoot,
    stdio: ["ignore", "inherit", "inherit"],
    env: env || process.env,
  });
  const shown = [path.basename(command), ...commandArguments].join(" ");
  if (result.error) throw new SetupFailed(`could not start '${shown}': ${result.error.message}`);
  if (result.signal) throw new SetupFailed(`'${shown}' was killed by ${result.signal}`);
  if (result.status !== 0) throw new SetupFailed(failure || `'${shown}' failed with exit status ${result.status}`);
}

try {
  main();
} catch (error) {
  if (error instanceof SetupFailed) {
    process.stderr.write(`torotsc setup: ${error.message}\n`);
  } else {
    process.stderr.write(`torotsc setup: unexpected failure: ${error && error.stack ? error.stack : error}\n`);
  }
  process.exit(1);
}

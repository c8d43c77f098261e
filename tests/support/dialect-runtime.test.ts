// Unit tests of the Node reference implementation of the dialect
// (dialect-globals.ts, node-kernel.ts, node-runner.ts): the golden corpus is
// only as trustworthy as these.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { conversions, formatLogLine } from "./dialect-globals";
import { runUnderNode } from "./node-runner";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "torotsc-node-runtime-"));

/** Writes the given files (name → source) into a fresh folder and returns its path. */
function programFolder(name: string, files: Record<string, string>): string {
  const folder = path.join(scratch, name);
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), source);
  }
  return folder;
}

function run(name: string, files: Record<string, string>, programArgs: string[] = []): { stdout: string; exitCode: number } {
  return runUnderNode(path.join(programFolder(name, files), "main.ts"), programArgs);
}

test("integer conversions truncate and wrap at their width", () => {
  assert.is(conversions.i8(200), -56);
  assert.is(conversions.i8(-129), 127);
  assert.is(conversions.u8(-1), 255);
  assert.is(conversions.u8(256.9), 0);
  assert.is(conversions.i16(40000), -25536);
  assert.is(conversions.u16(-1), 65535);
  assert.is(conversions.i32(2147483648), -2147483648);
  assert.is(conversions.i32(-3.9), -3);
  assert.is(conversions.u32(-1), 4294967295);
  assert.is(conversions.u32(4294967296.5), 0);
});

test("NaN and the infinities convert to 0, never to -0", () => {
  for (const convert of [conversions.i8, conversions.u16, conversions.i32, conversions.u32, conversions.i64, conversions.usize]) {
    assert.is(convert(NaN), 0);
    assert.is(convert(Infinity), 0);
    assert.is(convert(-Infinity), 0);
    assert.ok(Object.is(convert(-0.5), 0), "-0.5 converts to +0");
  }
});

test("64-bit conversions truncate toward zero without wrapping", () => {
  assert.is(conversions.i64(-7.99), -7);
  assert.is(conversions.u64(9007199254740991.0), 9007199254740991);
  assert.is(conversions.isize(1e15 + 0.5), 1e15);
});

test("float conversions and booleans", () => {
  assert.is(conversions.f32(0.1), Math.fround(0.1));
  assert.is(conversions.f32(16777217), 16777216);
  assert.is(conversions.f64(true), 1);
  assert.is(conversions.i32(true), 1);
  assert.is(conversions.u8(false), 0);
});

test("console.log lines: strings raw, -0 as -0, exponents as Node prints them", () => {
  assert.is(formatLogLine(["a", -0, 1e21, 1e-7, true, "", 0.1 + 0.2]), "a -0 1e+21 1e-7 true  0.30000000000000004");
  assert.is(formatLogLine([]), "");
  assert.is(formatLogLine(["100% sure"]), "100% sure");
});

test("console.log refuses what Node would print differently or cannot be a dialect value", () => {
  assert.throws(() => formatLogLine(["50%%"]), /format directive "%%"/);
  assert.throws(() => formatLogLine(["%d items", 3]), /format directive "%d"/);
  assert.throws(() => formatLogLine(["x", undefined]), /undefined/);
});

test("a program's output and status 0 when it runs to the end", () => {
  const result = run("plain", { "main.ts": 'const x: i32 = i32(2147483647 + 1);\nconsole.log("x", x, -0);\n' });
  assert.equal(result, { stdout: "x -2147483648 -0\n", exitCode: 0 });
});

test("exit(code) stops the program with that status", () => {
  const source = 'import { exit } from "toro/kernel";\nconsole.log("a");\nexit(4);\nconsole.log("b");\n';
  assert.equal(run("exit", { "main.ts": source }), { stdout: "a\n", exitCode: 4 });
});

test("panic(message) prints it and ends with status 101", () => {
  const source = 'import { panic } from "toro/kernel";\npanic("broken");\nconsole.log("after");\n';
  assert.equal(run("panic", { "main.ts": source }), { stdout: "panic on core 0 (thread main): broken\n", exitCode: 101 });
});

test("argCount() and arg(i) give the program arguments", () => {
  const source = 'import { arg, argCount } from "toro/kernel";\nconsole.log(argCount(), arg(0), arg(1));\n';
  assert.equal(run("arguments", { "main.ts": source }, ["first", "second"]), { stdout: "2 first second\n", exitCode: 0 });
});

test("modules resolve relative to their importer and initialise once, in dependency order", () => {
  const result = run("modules", {
    "main.ts": 'import { a } from "./lib/a";\nimport { b } from "./lib/b.js";\nconsole.log("main", a(), b());\n',
    "lib/a.ts": 'import { shared } from "./shared";\nconsole.log("a");\nexport function a(): i32 { return shared(); }\n',
    "lib/b.ts": 'import { shared } from "./shared";\nconsole.log("b");\nexport function b(): i32 { return shared() + 1; }\n',
    "lib/shared.ts": 'console.log("shared");\nexport function shared(): i32 { return 1; }\n',
  });
  assert.equal(result, { stdout: "shared\na\nb\nmain 1 2\n", exitCode: 0 });
});

test("the 64-bit typed arrays hold numbers and their subarrays share elements", () => {
  const source =
    "const longs = new BigInt64Array(4);\nconst tail = longs.subarray(2);\ntail[0] = -5;\n" +
    "longs.fill(7, 3);\nconsole.log(longs[2], longs[3], tail.length, longs.length);\n";
  assert.equal(run("bigint-arrays", { "main.ts": source }), { stdout: "-5 7 2 4\n", exitCode: 0 });
});

test("runtime-only modules are refused", () => {
  const source = 'import { load8 } from "toro/unsafe";\nconsole.log(load8(0));\n';
  assert.throws(() => run("unsafe", { "main.ts": source }), /"toro\/unsafe", which is for runtime code only/);
});

test("imports that are neither relative nor toro/ modules are refused", () => {
  assert.throws(() => run("node-module", { "main.ts": 'import { readFileSync } from "fs";\nreadFileSync("x");\n' }), /not a relative path/);
  assert.throws(() => run("missing", { "main.ts": 'import { f } from "./nowhere";\nf();\n' }), /does not exist/);
});

test("an uncaught JavaScript error is a failure of the run, not program output", () => {
  assert.throws(() => run("throws", { "main.ts": 'console.log("x".repeat(-1));\n' }), /under Node failed[^]*RangeError: Invalid count value/);
});

test.after(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

test.run();

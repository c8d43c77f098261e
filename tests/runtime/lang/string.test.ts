// The string glue (runtime/lang/string.ts, string_methods.ts) on emulated
// memory, against JavaScript's own string operators and methods.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EmulatedMemory, EmulatedString, RuntimePanic } from "./emulated_memory";
import { SeededRandom, testSeed } from "./seeded_random";

type StringValue = EmulatedString | string;

interface StringModule {
  ABSENT_I32: number;
  MAXIMUM_STRING_LENGTH: number;
  __toro_string_alloc(length: number): StringValue;
  __toro_string_concat(left: StringValue, right: StringValue): StringValue;
  __toro_string_compare(left: StringValue, right: StringValue): number;
  __toro_string_equals(left: StringValue, right: StringValue): boolean;
  __toro_string_at(s: StringValue, index: number, file: StringValue, line: number): StringValue;
  __toro_string_charCodeAt(s: StringValue, index: number): number;
  __toro_string_fromCharCode(code: number): StringValue;
}

interface StringMethodsModule {
  __toro_string_padStart(s: StringValue, targetLength: number, padString: StringValue): StringValue;
  __toro_string_padEnd(s: StringValue, targetLength: number, padString: StringValue): StringValue;
  __toro_string_substring(s: StringValue, start: number, end: number): StringValue;
  __toro_string_slice(s: StringValue, start: number, end: number): StringValue;
  __toro_string_indexOf(s: StringValue, search: StringValue, fromIndex: number): number;
  __toro_string_startsWith(s: StringValue, search: StringValue): boolean;
  __toro_string_endsWith(s: StringValue, search: StringValue): boolean;
  __toro_string_repeat(s: StringValue, count: number): StringValue;
}

const memory = new EmulatedMemory();
const loader = memory.loader();
const strings = loader.load("runtime/lang/string.ts") as unknown as StringModule;
const methods = loader.load("runtime/lang/string_methods.ts") as unknown as StringMethodsModule;
const ABSENT = strings.ABSENT_I32;
const random = new SeededRandom(testSeed() + 31);

/** Strings over a small alphabet (so searches hit), with non-ASCII and lone surrogate units. */
const ALPHABET = ["a", "b", "c", "é", "中", "\ud83d", "\ude00", " "];

function randomText(maximumLength: number): string {
  let text = "";
  const length = random.nextBelow(maximumLength + 1);
  for (let index = 0; index < length; index++) text += ALPHABET[random.nextBelow(3) === 0 ? random.nextBelow(ALPHABET.length) : random.nextBelow(2)];
  return text;
}

function sampleTexts(count: number, maximumLength: number): string[] {
  const texts = ["", "a", "ab", "abc", "aaaa", "中é", "😀x"];
  while (texts.length < count) texts.push(randomText(maximumLength));
  return texts;
}

/** As the compiled code passes it: a string object in memory (a fresh one each time). */
function object(text: string): EmulatedString {
  return memory.stringObject(text);
}

function text(value: StringValue): string {
  return memory.text(value);
}

/** A JavaScript argument for an i32 the compiler may pass as absent. */
function optional(value: number): number | undefined {
  return value === ABSENT ? undefined : value;
}

function panicMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof RuntimePanic) return error.message;
    throw error;
  }
  return "(no panic)";
}

const TEXTS = sampleTexts(60, 9);
const POSITIONS = [ABSENT, -2147483647, -12, -7, -3, -1, 0, 1, 2, 3, 5, 8, 12, 2147483647];

test("alloc makes a zeroed string of the given length and refuses impossible lengths", () => {
  const made = strings.__toro_string_alloc(5);
  assert.is(made.length, 5);
  assert.is(text(made), "\0\0\0\0\0");
  assert.is(strings.__toro_string_alloc(0).length, 0);
  assert.is(panicMessage(() => strings.__toro_string_alloc(-1)), "Invalid string length");
  assert.is(panicMessage(() => strings.__toro_string_alloc(strings.MAXIMUM_STRING_LENGTH + 1)), "Invalid string length");
});

test("concat, compare and equals agree with +, < and ===", () => {
  for (const left of TEXTS) {
    for (const right of TEXTS) {
      const description = `${JSON.stringify(left)} vs ${JSON.stringify(right)}`;
      assert.is(text(strings.__toro_string_concat(object(left), object(right))), left + right, description);
      const order = strings.__toro_string_compare(object(left), object(right));
      assert.is(Math.sign(order), left < right ? -1 : left > right ? 1 : 0, description);
      assert.is(strings.__toro_string_equals(object(left), object(right)), left === right, description);
      const shared = object(left);
      assert.ok(strings.__toro_string_equals(shared, shared), description);
    }
  }
  const fresh = strings.__toro_string_concat(object("ab"), object("c"));
  assert.ok(strings.__toro_string_equals(fresh, object("abc")));
  assert.ok(strings.__toro_string_equals("abc", fresh));
});

test("s[i] gives one-unit strings and panics at the caller's line outside the string", () => {
  for (const sample of TEXTS) {
    for (let index = 0; index < sample.length; index++) {
      assert.is(text(strings.__toro_string_at(object(sample), index, object("prog.ts"), 3)), sample[index]);
    }
    assert.is(
      panicMessage(() => strings.__toro_string_at(object(sample), sample.length, object("prog.ts"), 7)),
      `index ${sample.length} out of bounds for length ${sample.length} at prog.ts:7`,
    );
    assert.is(
      panicMessage(() => strings.__toro_string_at(object(sample), -1, object("prog.ts"), 8)),
      `index -1 out of bounds for length ${sample.length} at prog.ts:8`,
    );
  }
});

test("charCodeAt and fromCharCode cover every code unit", () => {
  const all = String.fromCharCode(...Array.from({ length: 65536 }, (_, code) => code));
  const allObject = object(all);
  for (let code = 0; code < 65536; code++) {
    assert.is(strings.__toro_string_charCodeAt(allObject, code), code);
    assert.is(text(strings.__toro_string_fromCharCode(code)), String.fromCharCode(code));
  }
  assert.is(strings.__toro_string_charCodeAt(object("xy"), ABSENT), "x".charCodeAt(0));
  assert.match(panicMessage(() => strings.__toro_string_charCodeAt(object("xy"), 2)), /^index 2 out of bounds for length 2/);
  assert.match(panicMessage(() => strings.__toro_string_charCodeAt(object(""), 0)), /^index 0 out of bounds for length 0/);
});

test("one-unit strings below 256 are shared, others are fresh", () => {
  const first = strings.__toro_string_fromCharCode(65) as EmulatedString;
  const again = strings.__toro_string_at(object("zA"), 1, object("f"), 1) as EmulatedString;
  assert.is(first.address, again.address);
  const wide = strings.__toro_string_fromCharCode(0x4e2d) as EmulatedString;
  const wideAgain = strings.__toro_string_fromCharCode(0x4e2d) as EmulatedString;
  assert.is.not(wide.address, wideAgain.address);
});

test("padStart and padEnd, with absent, empty and long pad strings", () => {
  const pads: (string | undefined)[] = [undefined, "", "-", "ab", "xyz1234"];
  for (const sample of TEXTS.slice(0, 25)) {
    for (const targetLength of [ABSENT, -5, 0, 1, 3, 6, 10, 17]) {
      for (const pad of pads) {
        const padArgument = pad === undefined ? memory.absentString() : object(pad);
        const description = `${JSON.stringify(sample)}.pad(${targetLength}, ${JSON.stringify(pad)})`;
        const target = optional(targetLength) as number;
        assert.is(text(methods.__toro_string_padStart(object(sample), targetLength, padArgument)), sample.padStart(target, pad), description);
        assert.is(text(methods.__toro_string_padEnd(object(sample), targetLength, padArgument)), sample.padEnd(target, pad), description);
      }
    }
  }
  assert.is(panicMessage(() => methods.__toro_string_padStart(object("a"), 2147483647, object(" "))), "Invalid string length");
});

test("substring and slice for every mix of negative, large and absent positions", () => {
  for (const sample of TEXTS.slice(0, 30)) {
    for (const start of POSITIONS) {
      for (const end of POSITIONS) {
        const description = `${JSON.stringify(sample)} (${start}, ${end})`;
        const jsStart = optional(start) as number;
        assert.is(text(methods.__toro_string_substring(object(sample), start, end)), sample.substring(jsStart, optional(end)), description);
        assert.is(text(methods.__toro_string_slice(object(sample), start, end)), sample.slice(jsStart, optional(end)), description);
      }
    }
  }
});

test("indexOf, startsWith and endsWith", () => {
  const searches = sampleTexts(40, 3);
  for (const sample of TEXTS) {
    for (const search of searches) {
      for (const fromIndex of POSITIONS) {
        assert.is(
          methods.__toro_string_indexOf(object(sample), object(search), fromIndex),
          sample.indexOf(search, optional(fromIndex)),
          `${JSON.stringify(sample)}.indexOf(${JSON.stringify(search)}, ${fromIndex})`,
        );
      }
      assert.is(methods.__toro_string_startsWith(object(sample), object(search)), sample.startsWith(search));
      assert.is(methods.__toro_string_endsWith(object(sample), object(search)), sample.endsWith(search));
    }
  }
});

test("repeat, and its RangeErrors", () => {
  for (const sample of TEXTS.slice(0, 20)) {
    for (let count = 0; count <= 6; count++) {
      assert.is(text(methods.__toro_string_repeat(object(sample), count)), sample.repeat(count));
    }
  }
  assert.is(panicMessage(() => methods.__toro_string_repeat(object("ab"), -1)), "Invalid count value: -1");
  assert.is(panicMessage(() => methods.__toro_string_repeat(object("ab"), 1 << 30)), "Invalid string length");
  assert.is(text(methods.__toro_string_repeat(object(""), 1 << 30)), "");
});

test.run();

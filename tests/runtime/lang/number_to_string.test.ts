// The number-to-string glue (runtime/lang/number_to_string.ts) on emulated
// memory: the functions the compiler calls for String(x), templates,
// console.log and toFixed, against JavaScript's results.
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as util from "util";
import { EmulatedMemory, EmulatedString, RuntimePanic } from "./emulated_memory";
import { doubleFromBits } from "./number_format_harness";
import { SeededRandom, testSeed } from "./seeded_random";

type StringValue = EmulatedString | string;

interface NumberToStringModule {
  __toro_f64_toString(x: number): StringValue;
  __toro_f64_toLogString(x: number): StringValue;
  __toro_f64_toFixed(x: number, digits: number): StringValue;
  __toro_i64_toString(x: number): StringValue;
  __toro_u64_toString(x: number): StringValue;
  __toro_bool_toString(b: boolean): StringValue;
}

const memory = new EmulatedMemory();
const loader = memory.loader();
const glue = loader.load("runtime/lang/number_to_string.ts") as unknown as NumberToStringModule;
const ABSENT_I32 = (loader.load("runtime/lang/string.ts") as { ABSENT_I32: number }).ABSENT_I32;
const random = new SeededRandom(testSeed() + 41);

function text(value: StringValue): string {
  return memory.text(value);
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

const SAMPLES = [0, -0, NaN, Infinity, -Infinity, 1, -1, 0.1, -2.5, 1e21, 1e-7, 5e-324, Number.MAX_VALUE, 123.456, 2 ** 53];
for (let count = 0; count < 2000; count++) SAMPLES.push(doubleFromBits(random.nextUint32(), random.nextUint32()));

test("String(x) and console.log's form of numbers", () => {
  for (const value of SAMPLES) {
    assert.is(text(glue.__toro_f64_toString(value)), String(value));
    assert.is(text(glue.__toro_f64_toLogString(value)), util.inspect(value));
  }
  assert.is(text(glue.__toro_f64_toLogString(-0)), "-0");
  assert.is(text(glue.__toro_f64_toString(-0)), "0");
});

test("toFixed, with a left-out digit count and out-of-range counts", () => {
  for (const value of SAMPLES) {
    for (const digits of [0, 1, 2, 7, 20, 100]) assert.is(text(glue.__toro_f64_toFixed(value, digits)), value.toFixed(digits));
    assert.is(text(glue.__toro_f64_toFixed(value, ABSENT_I32)), value.toFixed());
  }
  const message = "toFixed() digits argument must be between 0 and 100";
  assert.is(panicMessage(() => glue.__toro_f64_toFixed(1.5, -1)), message);
  assert.is(panicMessage(() => glue.__toro_f64_toFixed(1.5, 101)), message);
});

test("integers and booleans", () => {
  for (const value of [0, 1, -1, 42, -(2 ** 53), 2 ** 53, 1234567890123]) {
    assert.is(text(glue.__toro_i64_toString(value)), String(value));
    if (value >= 0) assert.is(text(glue.__toro_u64_toString(value)), String(value));
  }
  assert.is(text(glue.__toro_bool_toString(true)), "true");
  assert.is(text(glue.__toro_bool_toString(false)), "false");
});

test.run();

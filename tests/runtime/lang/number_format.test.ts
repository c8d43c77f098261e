// formatF64 (runtime/lang/number_format.ts) against JavaScript's own String(x),
// which V8 implements exactly (shortest round-trip digits, closest, ties even).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Mismatches, doubleFromBits, formatF64, nextDown, nextUp } from "./number_format_harness";
import { SeededRandom, testSeed } from "./seeded_random";

const seed = testSeed();

function expectAllMatch(values: Iterable<number>): Mismatches {
  const mismatches = new Mismatches();
  for (const value of values) mismatches.check(`String(${value}) [bits ${bitsOf(value)}]`, formatF64(value), String(value));
  assert.is(mismatches.report(), "");
  return mismatches;
}

function bitsOf(value: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

function withNeighbours(values: number[]): number[] {
  const result: number[] = [];
  for (const value of values) {
    result.push(value, -value);
    if (Number.isFinite(value) && value !== 0) {
      result.push(nextUp(value), nextDown(value), -nextUp(value), -nextDown(value));
    }
  }
  return result.filter((value) => !Number.isNaN(value));
}

test("special values and the hand-picked edge cases", () => {
  assert.is(formatF64(NaN), "NaN");
  assert.is(formatF64(Infinity), "Infinity");
  assert.is(formatF64(-Infinity), "-Infinity");
  assert.is(formatF64(0), "0");
  assert.is(formatF64(-0), "0");
  assert.is(formatF64(5e-324), "5e-324");
  assert.is(formatF64(-5e-324), "-5e-324");
  assert.is(formatF64(2.2250738585072014e-308), "2.2250738585072014e-308");
  assert.is(formatF64(2.225073858507201e-308), "2.225073858507201e-308");
  assert.is(formatF64(Number.MAX_VALUE), "1.7976931348623157e+308");
  assert.is(formatF64(0.1 + 0.2), "0.30000000000000004");
  assert.is(formatF64(1e21), "1e+21");
  assert.is(formatF64(1e-7), "1e-7");
  assert.is(formatF64(1.5e-7), "1.5e-7");
  assert.is(formatF64(1e-6), "0.000001");
  assert.is(formatF64(9.999999999999999e20), "999999999999999900000");
  assert.is(formatF64(123456789012345680000), "123456789012345680000");
  assert.is(formatF64(2 ** 53), "9007199254740992");
  assert.is(formatF64(2 ** 53 + 2), "9007199254740994");
  assert.is(formatF64(-(2 ** 53) + 1), "-9007199254740991");
  assert.is(formatF64(1.5), "1.5");
  assert.is(formatF64(-123.456), "-123.456");
  expectAllMatch(
    withNeighbours([
      0.1, 0.2, 0.3, 0.5, 1 / 3, 2 / 3, Math.PI, Math.E, 1e-7, 1e-6, 9.999999e-7, 1e20, 1e21, 1e22, 1e23,
      9.999999999999999e20, 123456789012345680000, 5e-324, 1e-323, 2.2250738585072014e-308,
      2.225073858507201e-308, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 63, 2 ** 64,
      4.35, 0.000001234, 1.7976931348623157e308, 8.41e21, 5e-7, 4.9406564584124654e-324,
    ]),
  );
});

test("every power of two and of ten, with both neighbours", () => {
  const values: number[] = [];
  for (let exponent = -1074; exponent <= 1023; exponent++) values.push(2 ** exponent);
  for (let exponent = -323; exponent <= 308; exponent++) values.push(Number(`1e${exponent}`));
  const checked = expectAllMatch(withNeighbours(values));
  assert.ok(checked.checked > 15000);
});

test("integers up to 2^53 and beyond", () => {
  const random = new SeededRandom(seed + 1);
  const values: number[] = [];
  for (let value = 0; value <= 10000; value++) values.push(value);
  for (let digits = 1; digits <= 22; digits++) {
    const power = 10 ** digits;
    values.push(power - 1, power, power + 1);
  }
  for (let count = 0; count < 20000; count++) {
    values.push(random.nextBelow(2 ** 32) * 2 ** 21 + random.nextBelow(2 ** 21));
    values.push(Math.floor(random.nextUint32() * 2 ** random.nextBetween(0, 40)));
  }
  for (let offset = -5; offset <= 5; offset++) values.push(2 ** 53 + offset * 2, 2 ** 53 + offset);
  expectAllMatch(withNeighbours(values));
});

test("subnormals", () => {
  const random = new SeededRandom(seed + 2);
  const values: number[] = [];
  for (let count = 0; count < 20000; count++) {
    values.push(doubleFromBits(random.nextBelow(1 << 20), random.nextUint32()));
  }
  for (let low = 0; low < 1000; low++) values.push(doubleFromBits(0, low));
  expectAllMatch(values);
});

test("200,000 doubles from random bit patterns", () => {
  const random = new SeededRandom(seed + 3);
  const values: number[] = [];
  for (let count = 0; count < 200000; count++) values.push(doubleFromBits(random.nextUint32(), random.nextUint32()));
  assert.is(expectAllMatch(values).checked, 200000);
});

test("100,000 doubles read from random decimal strings", () => {
  const random = new SeededRandom(seed + 4);
  const values: number[] = [];
  for (let count = 0; count < 100000; count++) {
    const digits = random.nextDigits(random.nextBetween(1, 20));
    values.push(Number(`${digits}e${random.nextBetween(-345, 320)}`));
  }
  assert.is(expectAllMatch(values).checked, 100000);
});

test("doubles near the decimal/exponent notation thresholds", () => {
  const random = new SeededRandom(seed + 5);
  const values: number[] = [];
  for (let count = 0; count < 20000; count++) {
    const digits = random.nextDigits(random.nextBetween(1, 17));
    values.push(Number(`0.${digits}e${random.nextBetween(-8, -4)}`), Number(`${digits}e${random.nextBetween(0, 22) - digits.length}`));
  }
  expectAllMatch(values);
});

test.run();

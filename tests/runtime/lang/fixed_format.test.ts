// formatF64Fixed (runtime/lang/number_format.ts) against JavaScript's own
// Number.prototype.toFixed, which V8 computes from the exact value of the double.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Mismatches, doubleFromBits, formatF64Fixed, nextDown, nextUp } from "./number_format_harness";
import { SeededRandom, testSeed } from "./seeded_random";

const seed = testSeed();

function expectAllMatch(cases: Iterable<[number, number]>): Mismatches {
  const mismatches = new Mismatches();
  for (const [value, digits] of cases) {
    mismatches.check(`(${value}).toFixed(${digits})`, formatF64Fixed(value, digits), value.toFixed(digits));
  }
  assert.is(mismatches.report(), "");
  return mismatches;
}

function* everyDigitCount(values: number[], maximum: number): Generator<[number, number]> {
  for (const value of values) {
    for (let digits = 0; digits <= maximum; digits++) yield [value, digits];
  }
}

test("hand-picked values", () => {
  assert.is(formatF64Fixed(0.5, 0), "1");
  assert.is(formatF64Fixed(1.5, 0), "2");
  assert.is(formatF64Fixed(2.5, 0), "3");
  assert.is(formatF64Fixed(-1.5, 0), "-2");
  assert.is(formatF64Fixed(-2.5, 0), "-3");
  assert.is(formatF64Fixed(1.005, 2), "1.00");
  assert.is(formatF64Fixed(1.45, 1), "1.4");
  assert.is(formatF64Fixed(-0.0001, 2), "-0.00");
  assert.is(formatF64Fixed(-0, 2), "0.00");
  assert.is(formatF64Fixed(0, 0), "0");
  assert.is(formatF64Fixed(1e20, 2), "100000000000000000000.00");
  assert.is(formatF64Fixed(1e21, 2), "1e+21");
  assert.is(formatF64Fixed(-1e21, 2), "-1e+21");
  assert.is(formatF64Fixed(NaN, 2), "NaN");
  assert.is(formatF64Fixed(Infinity, 1), "Infinity");
  assert.is(formatF64Fixed(-Infinity, 1), "-Infinity");
  assert.is(formatF64Fixed(0.1, 20), "0.10000000000000000555");
  assert.is(formatF64Fixed(123.456, 0), "123");
  assert.is(formatF64Fixed(0.000001, 7), "0.0000010");
  const values = [
    0, -0, 0.5, 1.5, 2.5, 1.005, 1.45, 0.05, 0.15, 0.25, 0.35, 8.345, 1e20, 9.999999999999999e20, 1e21,
    5e-324, -5e-324, 2.2250738585072014e-308, 1e-7, 0.1, 0.2, 0.3, 1 / 3, Math.PI, 2 ** 53, 2 ** 69, 123.456,
    -123.456, 0.0001, -0.0001, 999.995, 0.9999999, 4.35, 1.255, 10.235, 1.0000000000000002,
  ];
  const withNeighbours = values.flatMap((value) => (value === 0 ? [value] : [value, -value, nextUp(value), nextDown(value)]));
  expectAllMatch(everyDigitCount(withNeighbours, 100));
});

test("random doubles below 1e21 with 0 to 20 digits", () => {
  const random = new SeededRandom(seed + 11);
  const cases: [number, number][] = [];
  while (cases.length < 100000) {
    const value = doubleFromBits(random.nextUint32(), random.nextUint32());
    if (!(Math.abs(value) < 1e21 && Math.abs(value) > 1e-30)) continue;
    cases.push([value, random.nextBetween(0, 20)]);
  }
  expectAllMatch(cases);
});

test("random short decimals, where ties and near-ties live", () => {
  const random = new SeededRandom(seed + 12);
  const cases: [number, number][] = [];
  for (let count = 0; count < 100000; count++) {
    const digits = random.nextDigits(random.nextBetween(1, 12));
    const value = Number(`${digits}e${random.nextBetween(-12, 8)}`) * (random.nextBelow(2) === 0 ? 1 : -1);
    cases.push([value, random.nextBetween(0, 20)]);
  }
  expectAllMatch(cases);
});

test("random doubles of any size with up to 100 digits", () => {
  const random = new SeededRandom(seed + 13);
  const cases: [number, number][] = [];
  for (let count = 0; count < 20000; count++) {
    cases.push([doubleFromBits(random.nextUint32(), random.nextUint32()), random.nextBetween(0, 100)]);
    cases.push([doubleFromBits(random.nextBelow(1 << 20), random.nextUint32()), random.nextBetween(0, 100)]);
  }
  expectAllMatch(cases.filter(([value]) => !Number.isNaN(value)));
});

test("integers and halves", () => {
  const random = new SeededRandom(seed + 14);
  const cases: [number, number][] = [];
  for (let count = 0; count < 20000; count++) {
    const integer = random.nextBelow(2 ** 32) * 2 ** random.nextBetween(0, 30);
    cases.push([integer, random.nextBetween(0, 5)], [integer + 0.5, 0], [-(integer + 0.5), 0], [integer / 1000, 2]);
  }
  expectAllMatch(cases);
});

test.run();

// runtime/lang/shortest_digits.ts directly: the digit string and point
// position it produces, and the integer estimate of the point position whose
// bounds its comments rely on.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { pureLoader } from "./dialect_loader";

interface DecimalDigits {
  digits: Uint8Array;
  count: number;
  pointPosition: number;
}

interface ShortestDigitsModule {
  SHORTEST_DIGITS_CAPACITY: number;
  shortestDigits(x: number, result: DecimalDigits): void;
  estimatePointPosition(significand: number, exponent: number): number;
}

const loader = pureLoader({ boundsChecked: true });
const shortest = loader.load("runtime/lang/shortest_digits.ts") as unknown as ShortestDigitsModule;
const { DecimalDigits } = loader.load("runtime/lang/decimal_digits.ts") as unknown as {
  DecimalDigits: new (capacity: number) => DecimalDigits;
};

/** log10(2) to 40 decimal places, as a numerator over 10^40. */
const LOG10_OF_2_NUMERATOR = 3010299956639811952137388947244930267681n;
const LOG10_OF_2_DENOMINATOR = 10n ** 40n;

/** ceil(j × log10 2), exactly: j × log10 2 is never an integer for j != 0. */
function ceilingOfJTimesLog10Of2(j: number): number {
  if (j === 0) return 0;
  const product = BigInt(j) * LOG10_OF_2_NUMERATOR;
  const quotient = product / LOG10_OF_2_DENOMINATOR;
  return Number(product > 0n ? quotient + 1n : quotient);
}

function digitsOf(x: number): { text: string; pointPosition: number } {
  const result = new DecimalDigits(shortest.SHORTEST_DIGITS_CAPACITY);
  shortest.shortestDigits(x, result);
  return { text: Array.from(result.digits.subarray(0, result.count)).join(""), pointPosition: result.pointPosition };
}

test("the point-position estimate is ceil(j log10 2) or one below, for every binary magnitude of a double", () => {
  for (let j = -1074; j <= 1023; j++) {
    const estimate = shortest.estimatePointPosition(1, j);
    const ceiling = ceilingOfJTimesLog10Of2(j);
    assert.ok(estimate === ceiling || estimate === ceiling - 1, `j = ${j}: estimate ${estimate}, ceil ${ceiling}`);
  }
});

test("digits and point position follow ECMA-262's s, k and n", () => {
  assert.equal(digitsOf(1), { text: "1", pointPosition: 1 });
  assert.equal(digitsOf(0.1), { text: "1", pointPosition: 0 });
  assert.equal(digitsOf(123.456), { text: "123456", pointPosition: 3 });
  assert.equal(digitsOf(5e-324), { text: "5", pointPosition: -323 });
  assert.equal(digitsOf(Number.MAX_VALUE), { text: "17976931348623157", pointPosition: 309 });
  assert.equal(digitsOf(0.1 + 0.2), { text: "30000000000000004", pointPosition: 0 });
  assert.equal(digitsOf(1e21), { text: "1", pointPosition: 22 });
  assert.equal(digitsOf(2 ** 60), { text: "1152921504606847", pointPosition: 19 });
});

test.run();

// runtime/lang/big_natural.ts against JavaScript's BigInt, with bounds-checked
// typed arrays so that an operation writing past a number's capacity fails.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { pureLoader } from "./dialect_loader";
import { SeededRandom, testSeed } from "./seeded_random";

interface BigNatural {
  limbs: Uint32Array;
  length: number;
}

interface BigNaturalModule {
  LIMB_BITS: number;
  BigNatural: new (capacity: number) => BigNatural;
  limbsForBits(bits: number): number;
  setSmall(target: BigNatural, value: number): void;
  setPowerOfTwo(target: BigNatural, exponent: number): void;
  copy(target: BigNatural, source: BigNatural): void;
  multiplySmall(target: BigNatural, factor: number): void;
  multiplyPowerOfTen(target: BigNatural, exponent: number): void;
  shiftLeft(target: BigNatural, bits: number): void;
  shiftRight(target: BigNatural, bits: number): void;
  bitAt(value: BigNatural, position: number): boolean;
  addSmall(target: BigNatural, addend: number): void;
  add(target: BigNatural, left: BigNatural, right: BigNatural): void;
  subtract(target: BigNatural, subtrahend: BigNatural): void;
  compare(left: BigNatural, right: BigNatural): number;
  divideSmall(target: BigNatural, divisor: number): number;
}

const big = pureLoader({ boundsChecked: true }).load("runtime/lang/big_natural.ts") as unknown as BigNaturalModule;
const random = new SeededRandom(testSeed() + 51);
const CAPACITY_BITS = 1200;

function valueOf(number: BigNatural): bigint {
  let result = 0n;
  for (let index = number.length - 1; index >= 0; index--) result = (result << 24n) | BigInt(number.limbs[index]);
  return result;
}

/** Checks the representation invariants: no leading zero limb, zeros above length. */
function assertNormalised(number: BigNatural): void {
  if (number.length > 0) assert.is.not(number.limbs[number.length - 1], 0, "leading zero limb");
  for (let index = number.length; index < number.limbs.length; index++) assert.is(number.limbs[index], 0, "limb above length");
}

function make(value: bigint): BigNatural {
  const number = new big.BigNatural(big.limbsForBits(CAPACITY_BITS));
  big.setSmall(number, 0);
  let rest = value;
  let shift = 0;
  while (rest > 0n) {
    const piece = new big.BigNatural(big.limbsForBits(CAPACITY_BITS));
    big.setSmall(piece, Number(rest & 0xffffffffffffn));
    big.shiftLeft(piece, shift);
    const sum = new big.BigNatural(big.limbsForBits(CAPACITY_BITS));
    big.add(sum, number, piece);
    big.copy(number, sum);
    rest >>= 48n;
    shift += 48;
  }
  assert.is(valueOf(number), value);
  assertNormalised(number);
  return number;
}

function randomValue(maximumBits: number): bigint {
  const bits = random.nextBetween(0, maximumBits);
  let value = 0n;
  for (let filled = 0; filled < bits; filled += 32) value = (value << 32n) | BigInt(random.nextUint32());
  return value & ((1n << BigInt(bits)) - 1n);
}

test("setSmall, setPowerOfTwo and limbsForBits", () => {
  assert.is(big.limbsForBits(1), 1);
  assert.is(big.limbsForBits(24), 1);
  assert.is(big.limbsForBits(25), 2);
  for (const value of [0, 1, 2 ** 24 - 1, 2 ** 24, 2 ** 48, 2 ** 53]) {
    const number = new big.BigNatural(3);
    big.setSmall(number, value);
    assert.is(valueOf(number), BigInt(value));
    assertNormalised(number);
  }
  for (let exponent = 0; exponent < 1100; exponent += 7) {
    const number = new big.BigNatural(big.limbsForBits(exponent + 1));
    big.setPowerOfTwo(number, exponent);
    assert.is(valueOf(number), 1n << BigInt(exponent));
  }
});

test("multiplication by small factors and powers of ten", () => {
  for (let count = 0; count < 3000; count++) {
    const value = randomValue(800);
    const factor = random.nextBetween(0, 2 ** 24);
    const number = make(value);
    big.multiplySmall(number, factor);
    assert.is(valueOf(number), value * BigInt(factor));
    assertNormalised(number);
    const exponent = random.nextBetween(0, 110);
    const scaled = make(value);
    big.multiplyPowerOfTen(scaled, exponent);
    assert.is(valueOf(scaled), value * 10n ** BigInt(exponent));
  }
});

test("shifts and bit tests", () => {
  for (let count = 0; count < 3000; count++) {
    const value = randomValue(600);
    const bits = random.nextBetween(0, 590);
    const left = make(value);
    big.shiftLeft(left, bits);
    assert.is(valueOf(left), value << BigInt(bits));
    assertNormalised(left);
    const right = make(value);
    big.shiftRight(right, bits);
    assert.is(valueOf(right), value >> BigInt(bits));
    assertNormalised(right);
    const position = random.nextBetween(0, 700);
    assert.is(big.bitAt(make(value), position), ((value >> BigInt(position)) & 1n) === 1n);
  }
});

test("addition, subtraction and comparison", () => {
  for (let count = 0; count < 3000; count++) {
    const a = randomValue(900);
    const b = random.nextBelow(4) === 0 ? a : randomValue(900);
    const sum = new big.BigNatural(big.limbsForBits(CAPACITY_BITS));
    big.add(sum, make(a), make(b));
    assert.is(valueOf(sum), a + b);
    assertNormalised(sum);
    assert.is(Math.sign(big.compare(make(a), make(b))), a < b ? -1 : a > b ? 1 : 0);
    const larger = make(a > b ? a : b);
    big.subtract(larger, make(a > b ? b : a));
    assert.is(valueOf(larger), a > b ? a - b : b - a);
    assertNormalised(larger);
    const small = random.nextBetween(0, 2 ** 24 - 1);
    const incremented = make(a);
    big.addSmall(incremented, small);
    assert.is(valueOf(incremented), a + BigInt(small));
    assertNormalised(incremented);
  }
});

test("division by small divisors", () => {
  for (let count = 0; count < 3000; count++) {
    const value = randomValue(900);
    const divisor = random.nextBetween(1, 2 ** 24);
    const number = make(value);
    const remainder = big.divideSmall(number, divisor);
    assert.is(valueOf(number), value / BigInt(divisor));
    assert.is(BigInt(remainder), value % BigInt(divisor));
    assertNormalised(number);
  }
});

test.run();

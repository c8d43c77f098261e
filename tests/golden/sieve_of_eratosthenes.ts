// A realistic program: the sieve of Eratosthenes over a Uint8Array, then
// statistics about the primes it finds.
const LIMIT: i32 = 10000;

function sieve(limit: i32): Uint8Array {
  const composite = new Uint8Array(limit + 1);
  composite[0] = 1;
  composite[1] = 1;
  for (let n: i32 = 2; n * n <= limit; n++) {
    if (composite[n] === 0) {
      for (let multiple: i32 = n * n; multiple <= limit; multiple += n) {
        composite[multiple] = 1;
      }
    }
  }
  return composite;
}

const composite = sieve(LIMIT);
let count: i32 = 0;
let sum: i64 = 0;
let largestGap: i32 = 0;
let gapStart: i32 = 0;
let previous: i32 = 2;
let firstPrimes = "";
for (let n: i32 = 2; n <= LIMIT; n++) {
  if (composite[n] !== 0) continue;
  count++;
  sum += i64(n);
  if (count <= 15) {
    firstPrimes += String(n) + " ";
  }
  if (n - previous > largestGap) {
    largestGap = n - previous;
    gapStart = previous;
  }
  previous = n;
}
console.log("first primes:", firstPrimes);
console.log("primes up to", LIMIT, ":", count);
console.log("their sum:", sum);
console.log("largest prime:", previous);
console.log("largest gap:", largestGap, "after", gapStart);

let twins: i32 = 0;
for (let n: i32 = 3; n + 2 <= LIMIT; n += 2) {
  if (composite[n] === 0 && composite[n + 2] === 0) {
    twins++;
  }
}
console.log("twin prime pairs:", twins);

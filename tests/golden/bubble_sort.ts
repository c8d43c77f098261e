// A realistic program: bubble sort of pseudo-random Int32Array contents, then
// checks on the result. The u32 linear congruential generator's products stay
// below 2^53, where the Node reference computes them exactly.
let seed: u32 = 2024;

function nextRandom(): u32 {
  seed = u32(seed * 69069 + 1);
  return seed;
}

function randomBelow(limit: i32): i32 {
  return i32((nextRandom() >>> 8) % u32(limit));
}

function bubbleSort(values: Int32Array): i32 {
  let swaps: i32 = 0;
  let swapped: boolean = true;
  let end: i32 = values.length - 1;
  while (swapped) {
    swapped = false;
    for (let i: i32 = 0; i < end; i++) {
      if (values[i] > values[i + 1]) {
        const held: i32 = values[i];
        values[i] = values[i + 1];
        values[i + 1] = held;
        swaps++;
        swapped = true;
      }
    }
    end--;
  }
  return swaps;
}

function show(values: Int32Array): string {
  let text = "";
  for (const value of values) {
    text += String(value).padStart(5);
  }
  return text;
}

const values = new Int32Array(20);
for (let i: i32 = 0; i < values.length; i++) {
  values[i] = randomBelow(2000) - 1000;
}
console.log("before:", show(values));
const swaps: i32 = bubbleSort(values);
console.log("after: ", show(values));
console.log("swaps:", swaps);

let sorted: boolean = true;
for (let i: i32 = 1; i < values.length; i++) {
  sorted = sorted && values[i - 1] <= values[i];
}
console.log("sorted:", sorted, "min:", values[0], "max:", values[values.length - 1]);

const large = new Int32Array(500);
for (let i: i32 = 0; i < large.length; i++) {
  large[i] = randomBelow(100000);
}
console.log("500 values sorted with", bubbleSort(large), "swaps; median pair", large[249], large[250]);

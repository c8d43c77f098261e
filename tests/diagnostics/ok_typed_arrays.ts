// Accepted: every typed array, with new, length, indexing, fill, set, subarray and for...of.
const bytes = new Uint8Array(16);
const signedBytes = new Int8Array(4);
const shorts = new Int16Array(4);
const unsignedShorts = new Uint16Array(4);
const ints = new Int32Array(8);
const unsignedInts = new Uint32Array(4);
const longs = new BigInt64Array(2);
const unsignedLongs = new BigUint64Array(2);
const floats = new Float32Array(4);
const doubles: Float64Array = new Float64Array(4);

bytes.fill(7);
bytes[0] = 255;
ints.fill(1, 2, 4);
ints[ints.length - 1] = 42;
const window: Int32Array = ints.subarray(2, 6);
const copy = new Int32Array(window.length);
copy.set(window);
copy.set(window.subarray(0, 2), 2);
longs[0] = 5;
unsignedLongs[1] = 6;
floats[0] = 1.5;
doubles[3] = Math.sqrt(2);

let sum: i32 = 0;
for (const value of copy) {
  sum += value;
}
console.log(sum, bytes[0], signedBytes.length, shorts[1], unsignedShorts[2], unsignedInts[3], longs[0], unsignedLongs[1]);
console.log(floats[0], doubles[3], window.length);

// BigInt64Array and BigUint64Array hold i64 and u64 numbers (not bigints).
// Values stay within 2^53, where the Node reference is exact.
const signed = new BigInt64Array(4);
console.log("BigInt64Array length", signed.length, "first", signed[0]);
signed[0] = 9007199254740991;
signed[1] = -9007199254740991;
signed[2] = i64(-3.75);
signed[3] = signed[0] - 1;
console.log(signed[0], signed[1], signed[2], signed[3]);

const unsigned = new BigUint64Array(3);
unsigned[0] = 4294967296;
unsigned[1] = unsigned[0] * 1000;
unsigned[2] = u64(1e15);
console.log("BigUint64Array", unsigned.length, unsigned[0], unsigned[1], unsigned[2]);

let total: i64 = 0;
for (const value of signed) {
  total += value;
}
console.log("total", total);

const filled = new BigInt64Array(3);
filled.fill(-5);
const copy = new BigInt64Array(5);
copy.set(filled, 1);
let text = "";
for (const value of copy) {
  text += `${value} `;
}
console.log(text);
const tail = copy.subarray(3);
tail[1] = 77;
console.log(tail.length, copy[4]);

// subarray(begin) and subarray(begin, end) give views sharing the elements:
// writes through a view are seen by the original and by other views. Negative
// positions count from the end; ranges are clamped.
const numbers = new Int32Array(10);
for (let i: i32 = 0; i < numbers.length; i++) {
  numbers[i] = i * 10;
}

const middle = numbers.subarray(3, 7);
console.log("middle length", middle.length, "first", middle[0], "last", middle[middle.length - 1]);
middle[0] = -1;
console.log("original sees write through view:", numbers[3]);
numbers[6] = -6;
console.log("view sees write to original:", middle[3]);

const tail = numbers.subarray(7);
console.log("tail", tail.length, tail[0]);
const lastTwo = numbers.subarray(-2);
console.log("lastTwo", lastTwo.length, lastTwo[0], lastTwo[1]);
const between = numbers.subarray(-5, -2);
console.log("between", between.length, between[0]);
const clamped = numbers.subarray(8, 100);
console.log("clamped", clamped.length);
const reversedRange = numbers.subarray(5, 2);
console.log("reversed range", reversedRange.length);

const inner = middle.subarray(1, 3);
inner[1] = 555;
console.log("view of a view", inner.length, numbers[5], middle[2]);

let sum: i32 = 0;
for (const value of middle) {
  sum += value;
}
console.log("sum over view", sum);

middle.fill(9);
let text = "";
for (const value of numbers) {
  text += `${value} `;
}
console.log(text);

const bytes = new Uint8Array(6);
const second = bytes.subarray(3);
second.fill(255);
second[0] = 1;
console.log("Uint8Array", bytes[2], bytes[3], bytes[4], bytes[5]);
const doubles = new Float64Array(4);
const view = doubles.subarray(1, 3);
view[1] = 2.5;
console.log("Float64Array", doubles[2], view.length);

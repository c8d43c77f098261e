// Int8Array, Int16Array and Int32Array: zero-initialised, .length, element
// reads and writes, and stores of converted values.
const bytes = new Int8Array(4);
console.log("Int8Array length", bytes.length, "first", bytes[0]);
bytes[0] = 127;
bytes[1] = -128;
bytes[2] = i8(200);
bytes[3] = i8(bytes[0] + 1);
console.log(bytes[0], bytes[1], bytes[2], bytes[3]);

const shorts = new Int16Array(3);
console.log("Int16Array length", shorts.length);
shorts[0] = 32767;
shorts[1] = i16(shorts[0] + 1);
shorts[2] = i16(-70000);
console.log(shorts[0], shorts[1], shorts[2]);

const ints = new Int32Array(10);
console.log("Int32Array length", ints.length);
for (let i: i32 = 0; i < ints.length; i++) {
  ints[i] = i32(i * 1000000000);
}
let line = "";
for (let i: i32 = 0; i < ints.length; i++) {
  line += `${ints[i]} `;
}
console.log(line);

let minimum: i32 = ints[0];
let maximum: i32 = ints[0];
for (const value of ints) {
  if (value < minimum) minimum = value;
  if (value > maximum) maximum = value;
}
console.log("min", minimum, "max", maximum);

const empty = new Int32Array(0);
console.log("empty length", empty.length);

const swapped = new Int32Array(2);
swapped[0] = 1;
swapped[1] = 2;
const temporary: i32 = swapped[0];
swapped[0] = swapped[1];
swapped[1] = temporary;
console.log("swapped", swapped[0], swapped[1]);

// for...of over every kind of typed array visits the elements in order.
const bytes = new Int8Array(3);
bytes[0] = -1;
bytes[1] = 2;
bytes[2] = -3;
let byteSum: i8 = 0;
for (const value of bytes) {
  byteSum += value;
}
console.log("Int8Array", byteSum);

const unsignedBytes = new Uint8Array(4);
unsignedBytes.fill(200);
let unsignedByteSum: i32 = 0;
for (const value of unsignedBytes) {
  unsignedByteSum += i32(value);
}
console.log("Uint8Array", unsignedByteSum);

const shorts = new Int16Array(3);
shorts[0] = -30000;
shorts[2] = 30000;
let shortText = "";
for (const value of shorts) {
  shortText += `${value};`;
}
console.log("Int16Array", shortText);

const unsignedShorts = new Uint16Array(2);
unsignedShorts[0] = 65535;
unsignedShorts[1] = 1;
for (const value of unsignedShorts) {
  console.log("Uint16Array", value);
}

const ints = new Int32Array(5);
for (let i: i32 = 0; i < ints.length; i++) {
  ints[i] = i * i - 5;
}
let intText = "";
for (const value of ints) {
  intText += String(value) + " ";
}
console.log("Int32Array", intText);

const unsignedInts = new Uint32Array(2);
unsignedInts[0] = 4294967295;
unsignedInts[1] = 123;
for (const value of unsignedInts) {
  console.log("Uint32Array", value);
}

const longs = new BigInt64Array(3);
longs[0] = -9007199254740991;
longs[1] = 0;
longs[2] = 42;
for (const value of longs) {
  console.log("BigInt64Array", value);
}

const unsignedLongs = new BigUint64Array(2);
unsignedLongs[0] = 9007199254740991;
unsignedLongs[1] = 7;
for (const value of unsignedLongs) {
  console.log("BigUint64Array", value);
}

const singles = new Float32Array(2);
singles[0] = f32(1.1);
singles[1] = f32(-0.5);
for (const value of singles) {
  console.log("Float32Array", value);
}

const doubles = new Float64Array(3);
doubles[0] = 1.1;
doubles[1] = -0.5;
doubles[2] = 1e100;
for (const value of doubles) {
  console.log("Float64Array", value);
}

const empty = new Float64Array(0);
let visits: i32 = 0;
for (const value of empty) {
  visits += i32(value);
}
console.log("empty array visits", visits);

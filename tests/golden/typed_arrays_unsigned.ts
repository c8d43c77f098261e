// Uint8Array, Uint16Array and Uint32Array: zero-initialised, .length, element
// reads and writes, and stores of converted values.
const bytes = new Uint8Array(5);
console.log("Uint8Array length", bytes.length, "first", bytes[0]);
bytes[0] = 255;
bytes[1] = u8(256);
bytes[2] = u8(-1);
bytes[3] = u8(bytes[0] + 1);
bytes[4] = 65;
console.log(bytes[0], bytes[1], bytes[2], bytes[3], bytes[4]);

let checksum: u8 = 0;
for (const value of bytes) {
  checksum = u8(checksum + value);
}
console.log("checksum", checksum);

const shorts = new Uint16Array(3);
shorts[0] = 65535;
shorts[1] = u16(70000);
shorts[2] = u16(-2);
console.log("Uint16Array", shorts.length, shorts[0], shorts[1], shorts[2]);

const words = new Uint32Array(4);
words[0] = 4294967295;
words[1] = u32(-1);
words[2] = u32(words[0] + 2);
words[3] = 2147483648;
console.log("Uint32Array", words.length, words[0], words[1], words[2], words[3]);
console.log(words[3] > words[2], words[0] === words[1]);

const histogram = new Uint32Array(4);
const data = new Uint8Array(10);
for (let i: i32 = 0; i < data.length; i++) {
  data[i] = u8(i * 7);
}
for (const value of data) {
  histogram[i32(value % 4)]++;
}
console.log("histogram", histogram[0], histogram[1], histogram[2], histogram[3]);

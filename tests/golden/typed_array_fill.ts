// fill(value), fill(value, start) and fill(value, start, end), with start and
// end counted from the end when negative, and empty or clamped ranges.
function show(label: string, array: Int32Array): void {
  let text = "";
  for (const value of array) {
    text += String(value) + " ";
  }
  console.log(label, text);
}

const numbers = new Int32Array(8);
numbers.fill(1);
show("fill(1)", numbers);
numbers.fill(2, 5);
show("fill(2, 5)", numbers);
numbers.fill(3, 1, 3);
show("fill(3, 1, 3)", numbers);
numbers.fill(4, -2);
show("fill(4, -2)", numbers);
numbers.fill(5, -6, -4);
show("fill(5, -6, -4)", numbers);
numbers.fill(6, 4, 4);
show("fill(6, 4, 4)", numbers);
numbers.fill(7, 6, 2);
show("fill(7, 6, 2)", numbers);
numbers.fill(8, 6, 100);
show("fill(8, 6, 100)", numbers);
numbers.fill(9, -100, 1);
show("fill(9, -100, 1)", numbers);

const bytes = new Uint8Array(4);
bytes.fill(171).fill(205, 2);
console.log("chained fill", bytes[0], bytes[1], bytes[2], bytes[3]);

const floats = new Float64Array(3);
floats.fill(0.25);
console.log("Float64Array fill", floats[0] + floats[1] + floats[2]);
const singles = new Float32Array(2);
singles.fill(f32(0.1));
console.log("Float32Array fill", singles[1]);
const signedBytes = new Int8Array(2);
signedBytes.fill(-7, 1);
console.log("Int8Array fill", signedBytes[0], signedBytes[1]);
const shorts = new Int16Array(2);
shorts.fill(-300);
const unsignedShorts = new Uint16Array(2);
unsignedShorts.fill(60000, 0, 1);
const words = new Uint32Array(2);
words.fill(4000000000);
console.log(shorts[1], unsignedShorts[0], unsignedShorts[1], words[1]);

// set(source) and set(source, offset) copy another array's elements in,
// including from a subarray of the same array (overlapping copy).
function show(label: string, array: Int32Array): void {
  let text = "";
  for (const value of array) {
    text += String(value) + " ";
  }
  console.log(label, text);
}

const target = new Int32Array(8);
const source = new Int32Array(3);
source[0] = 1;
source[1] = 2;
source[2] = 3;
target.set(source);
show("set(source)", target);
target.set(source, 5);
show("set(source, 5)", target);
target.set(source, 3);
show("set(source, 3)", target);
source[0] = 100;
show("after changing the source", target);

const empty = new Int32Array(0);
target.set(empty, 8);
show("set(empty, 8)", target);

const overlapping = new Int32Array(6);
for (let i: i32 = 0; i < overlapping.length; i++) {
  overlapping[i] = i + 1;
}
overlapping.set(overlapping.subarray(0, 4), 2);
show("overlapping shift right", overlapping);
overlapping.set(overlapping.subarray(2), 0);
show("overlapping shift left", overlapping);

const bytes = new Uint8Array(4);
const header = new Uint8Array(2);
header[0] = 202;
header[1] = 254;
bytes.set(header, 2);
console.log("Uint8Array set", bytes[0], bytes[1], bytes[2], bytes[3]);

const doubles = new Float64Array(3);
const pair = new Float64Array(2);
pair[0] = 0.5;
pair[1] = -1.25;
doubles.set(pair, 1);
console.log("Float64Array set", doubles[0], doubles[1], doubles[2]);
const singles = new Float32Array(2);
const single = new Float32Array(1);
single[0] = f32(1.1);
singles.set(single, 1);
console.log("Float32Array set", singles[1]);

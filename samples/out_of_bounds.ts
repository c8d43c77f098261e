// Indexes past the end of a typed array: the kernel panics, naming this file
// and line, and `torotsc run` exits with status 101.
const values = new Int32Array(4);
let index: i32 = 0;
while (index <= values.length) {
  values[index] = index * index;
  index++;
}
console.log("never printed");

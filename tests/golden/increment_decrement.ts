// Prefix and postfix ++ and --: the prefix form gives the new value, the
// postfix form the old one; on locals, array elements and class fields.
let i: i32 = 5;
console.log(i++, i);
console.log(++i, i);
console.log(i--, i);
console.log(--i, i);

let x = 1.5;
x++;
console.log(x, x--, --x);

const counts = new Int32Array(3);
counts[0]++;
counts[0]++;
++counts[1];
counts[2]--;
console.log(counts[0], counts[1], counts[2]);
let position: i32 = 0;
counts[position++] = 10;
counts[position++] = 20;
console.log(position, counts[0], counts[1]);

const bytes = new Uint8Array(1);
bytes[0] = 255;
const old: u8 = bytes[0]++;
console.log("old", old, "stored after wrap", bytes[0]);

class Counter {
  value: i32 = 0;

  next(): i32 {
    return this.value++;
  }

  previous(): i32 {
    return --this.value;
  }
}
const counter = new Counter();
console.log(counter.next(), counter.next(), counter.next(), counter.value);
console.log(counter.previous(), counter.value);

let loops: i32 = 0;
for (let k: i32 = 10; k > 0; k--) {
  loops++;
}
let down: i32 = 3;
while (down-- > 0) {
  loops++;
}
console.log("loops", loops, "down", down);

// Classes: typed fields with and without initialisers, a constructor with
// parameters, methods that read and write fields and call other methods.
class Rectangle {
  width: f64;
  height: f64;
  label: string = "rectangle";
  resizes: i32 = 0;

  constructor(width: f64, height: f64) {
    this.width = width;
    this.height = height;
  }

  area(): f64 {
    return this.width * this.height;
  }

  perimeter(): f64 {
    return 2 * (this.width + this.height);
  }

  isSquare(): boolean {
    return this.width === this.height;
  }

  scale(factor: f64): void {
    this.width = this.width * factor;
    this.height *= factor;
    this.resizes++;
  }

  describe(): string {
    const shape = this.isSquare() ? "square" : this.label;
    return `${shape} ${this.width}x${this.height}, area ${this.area()}, perimeter ${this.perimeter()}`;
  }
}

const box = new Rectangle(3, 4);
console.log(box.describe());
box.scale(1.5);
console.log(box.describe(), "resizes:", box.resizes);
box.label = "panel";
box.width = 6;
console.log(box.describe());
const square = new Rectangle(2.5, 2.5);
console.log(square.describe(), square.isSquare(), box.isSquare());

class Accumulator {
  total: i64 = 0;
  count: i32 = 0;
  smallest: f64 = Infinity;
  name: string;
  history: Int32Array;

  constructor(name: string, capacity: i32) {
    this.name = name;
    this.history = new Int32Array(capacity);
  }

  add(value: i32): Accumulator {
    if (this.count < this.history.length) {
      this.history[this.count] = value;
    }
    this.count++;
    this.total += i64(value);
    this.smallest = Math.min(this.smallest, f64(value));
    return this;
  }

  mean(): f64 {
    return f64(this.total) / f64(this.count);
  }

  report(): string {
    return `${this.name}: count=${this.count} total=${this.total} smallest=${this.smallest} mean=${this.mean().toFixed(3)}`;
  }
}

const scores = new Accumulator("scores", 3);
console.log(scores.smallest, scores.total, scores.count);
scores.add(90).add(72).add(85).add(100);
console.log(scores.report());
console.log("first recorded:", scores.history[0], "last slot:", scores.history[2]);

class Empty {
  constructor() {}

  hello(): string {
    return "hello from a class without fields";
  }
}
console.log(new Empty().hello());

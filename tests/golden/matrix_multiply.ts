// A realistic program: square matrices stored row-major in Float64Array,
// multiplied, transposed and printed with toFixed.
class Matrix {
  size: i32;
  cells: Float64Array;

  constructor(size: i32) {
    this.size = size;
    this.cells = new Float64Array(size * size);
  }

  at(row: i32, column: i32): f64 {
    return this.cells[row * this.size + column];
  }

  put(row: i32, column: i32, value: f64): void {
    this.cells[row * this.size + column] = value;
  }

  times(other: Matrix): Matrix {
    const result = new Matrix(this.size);
    for (let row: i32 = 0; row < this.size; row++) {
      for (let column: i32 = 0; column < this.size; column++) {
        let sum = 0.0;
        for (let k: i32 = 0; k < this.size; k++) {
          sum += this.at(row, k) * other.at(k, column);
        }
        result.put(row, column, sum);
      }
    }
    return result;
  }

  transposed(): Matrix {
    const result = new Matrix(this.size);
    for (let row: i32 = 0; row < this.size; row++) {
      for (let column: i32 = 0; column < this.size; column++) {
        result.put(column, row, this.at(row, column));
      }
    }
    return result;
  }

  trace(): f64 {
    let total = 0.0;
    for (let i: i32 = 0; i < this.size; i++) {
      total += this.at(i, i);
    }
    return total;
  }

  print(title: string, digits: i32): void {
    console.log(title);
    for (let row: i32 = 0; row < this.size; row++) {
      let line = "";
      for (let column: i32 = 0; column < this.size; column++) {
        line += this.at(row, column).toFixed(digits).padStart(10);
      }
      console.log(line);
    }
  }
}

function identity(size: i32): Matrix {
  const result = new Matrix(size);
  for (let i: i32 = 0; i < size; i++) {
    result.put(i, i, 1);
  }
  return result;
}

const size: i32 = 4;
const a = new Matrix(size);
const b = new Matrix(size);
for (let row: i32 = 0; row < size; row++) {
  for (let column: i32 = 0; column < size; column++) {
    a.put(row, column, f64(row + 1) / f64(column + 2));
    b.put(row, column, f64(row * size + column) * 0.1 - 0.5);
  }
}
a.print("A", 4);
b.print("B", 2);
const product = a.times(b);
product.print("A x B", 3);
product.transposed().print("(A x B) transposed", 3);
console.log("trace of A x B:", product.trace().toFixed(6));
const same = a.times(identity(size));
let equal: boolean = true;
for (let i: i32 = 0; i < size * size; i++) {
  equal = equal && same.cells[i] === a.cells[i];
}
console.log("A x I equals A:", equal);
console.log("raw cell:", product.at(1, 2));

// Growing the columns of the request and message tables: a copy of a column
// at a larger length (typed arrays cannot grow in place).

export function widenInt32(column: Int32Array, length: i32): Int32Array {
  const larger: Int32Array = new Int32Array(length);
  larger.set(column);
  return larger;
}

export function widenUint32(column: Uint32Array, length: i32): Uint32Array {
  const larger: Uint32Array = new Uint32Array(length);
  larger.set(column);
  return larger;
}

export function widenUint64(column: BigUint64Array, length: i32): BigUint64Array {
  const larger: BigUint64Array = new BigUint64Array(length);
  larger.set(column);
  return larger;
}

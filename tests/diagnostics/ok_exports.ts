// Accepted: the export forms of the dialect (ok_imports.ts imports them).
export const UNIT: f64 = 1;
export let counter: i32 = 0;

export function square(x: f64): f64 {
  return x * x;
}

export function bump(): i32 {
  counter++;
  return counter;
}

export class Vector {
  x: f64;
  y: f64;

  constructor(x: f64, y: f64) {
    this.x = x;
    this.y = y;
  }

  length(): f64 {
    return Math.sqrt(square(this.x) + square(this.y));
  }
}

// Helper module for the golden programs: exported constants, functions and a
// class that uses a function of its own module.
export const UNIT: f64 = 1;
export const SIDES_OF_A_TRIANGLE: i32 = 3;
export const SHAPE_NAME = "circle";

export function circleArea(radius: f64): f64 {
  return Math.PI * square(radius);
}

function square(value: f64): f64 {
  return value * value;
}

export class Circle {
  radius: f64;

  constructor(radius: f64) {
    this.radius = radius;
  }

  area(): f64 {
    return circleArea(this.radius);
  }

  grow(amount: f64): Circle {
    return new Circle(this.radius + amount);
  }
}

export function largest(a: Circle, b: Circle): Circle {
  return a.radius >= b.radius ? a : b;
}

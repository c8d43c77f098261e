// Operands and assignments must have the same number type; conversions are explicit.
const count: i32 = 3;
const ratio: f64 = 0.5;
const product = ratio * count; // expect: TORO2001
let total: i64 = 0;
total = count; // expect: TORO2001
const fine: f64 = ratio * f64(count);
console.log(product, total, fine);

// How f64 values print: shortest round-trip digits, exponent notation from
// 1e21 up and below 1e-6, the same in console.log, String() and templates.
console.log(0.1 + 0.2);
console.log(1e21, 1e20, 123456789012345680000);
console.log(1e-7, 5e-7, 1e-6, 0.000001234, 123e-20);
console.log(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308);
console.log(9007199254740992, 9007199254740993, 18446744073709552000);
console.log(100, 1.5, -1.5, 0.5, 1 / 3, 2 / 3, 10 / 3);
console.log(123.456, -0.001, 1e300 * 10, 1.23e+25, 4.35, 0.1 * 3);
console.log(2e-7 * 5, 1e21 - 1e5, 1e16 + 1, 144115188075855870);
console.log(String(1e21), String(1e-7), String(0.1 + 0.2), String(255));
console.log(`${123e-20} ${1e100} ${-1e-100}`);
const x = 1234.5678;
console.log(x.toString(), (0.000001).toString(), (1e-7).toString());
let power = 1.0;
for (let i: i32 = 0; i < 25; i += 4) {
  console.log("10^" + String(i), power);
  power = power * 10000;
}

// Recursive and mutually recursive functions, including functions declared
// after their first use.
function fibonacci(n: i32): i32 {
  if (n < 2) {
    return n;
  }
  return fibonacci(n - 1) + fibonacci(n - 2);
}

function ackermann(m: i32, n: i32): i32 {
  if (m === 0) {
    return n + 1;
  }
  if (n === 0) {
    return ackermann(m - 1, 1);
  }
  return ackermann(m - 1, ackermann(m, n - 1));
}

function factorial(n: f64): f64 {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

function greatestCommonDivisor(a: u32, b: u32): u32 {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

for (let i: i32 = 0; i <= 20; i += 5) {
  console.log("fib", i, fibonacci(i));
}
console.log("ackermann(2, 3) =", ackermann(2, 3));
console.log("ackermann(3, 3) =", ackermann(3, 3));
console.log("20! =", factorial(20), "25! =", factorial(25));
console.log("gcd", greatestCommonDivisor(1071, 462), greatestCommonDivisor(4294967295, 65535));
console.log(isEven(10), isOdd(10), isEven(7), isOdd(7));
console.log("hanoi moves", hanoi(3, "A", "C", "B"));
console.log("sum to 1000", sumTo(1000));

function isEven(n: i32): boolean {
  return n === 0 ? true : isOdd(n - 1);
}

function isOdd(n: i32): boolean {
  return n === 0 ? false : isEven(n - 1);
}

function hanoi(disks: i32, from: string, to: string, via: string): i32 {
  if (disks === 0) {
    return 0;
  }
  const before: i32 = hanoi(disks - 1, from, via, to);
  console.log(`move disk ${disks} from ${from} to ${to}`);
  return before + 1 + hanoi(disks - 1, via, to, from);
}

function sumTo(n: i64): i64 {
  return n === 0 ? 0 : n + sumTo(n - 1);
}

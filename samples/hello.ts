// The first program: prints a greeting and a few computed values, then exits 0.
//   torotsc run samples/hello.ts

function factorial(n: i32): i64 {
  return n <= 1 ? 1 : i64(n) * factorial(n - 1);
}

console.log("Hello from torotsc!");
console.log(`20! = ${factorial(20)}`);
console.log("0.1 + 0.2 =", 0.1 + 0.2);

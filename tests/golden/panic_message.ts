// panic(message) prints "panic on core 0 (thread main): " and the message,
// and ends the program with status 101.
import { panic } from "toro/kernel";

function checkedDivide(a: i32, b: i32): i32 {
  if (b === 0) {
    panic(`division of ${a} by zero`);
  }
  return i32(a / b);
}

console.log(checkedDivide(10, 2));
console.log(checkedDivide(7, 0));
console.log("not printed");

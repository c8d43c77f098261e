// argCount() and arg(i): golden programs run without arguments.
import { arg, argCount } from "toro/kernel";

const count: i32 = argCount();
console.log("argument count", count);
let all = "";
for (let i: i32 = 0; i < count; i++) {
  all += arg(i) + " ";
}
console.log("arguments: [" + all + "]");

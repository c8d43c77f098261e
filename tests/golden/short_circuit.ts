// && and || evaluate their right operand only when needed; side effects of
// the operands show which ones ran.
let log = "";
function check(name: string, result: boolean): boolean {
  log += name;
  return result;
}

function run(label: string, value: boolean): void {
  console.log(label, value, log);
  log = "";
}

run("T && T", check("a", true) && check("b", true));
run("T && F", check("a", true) && check("b", false));
run("F && T", check("a", false) && check("b", true));
run("T || F", check("a", true) || check("b", false));
run("F || T", check("a", false) || check("b", true));
run("F || F", check("a", false) || check("b", false));
run("F || T && F", check("a", false) || (check("b", true) && check("c", false)));
run("(T || x) && F", (check("a", true) || check("b", true)) && check("c", false));
run("!F && T", !check("a", false) && check("b", true));

const values = new Int32Array(3);
values[0] = 5;
const index: i32 = 7;
// The bounds test guards the access: values[index] is never evaluated.
const safe: boolean = index < values.length && values[index] > 0;
console.log("guarded access", safe);

let calls: i32 = 0;
function bump(): boolean {
  calls++;
  return calls < 3;
}
while (bump() && bump()) {
  console.log("loop body, calls =", calls);
}
console.log("calls after loop", calls);

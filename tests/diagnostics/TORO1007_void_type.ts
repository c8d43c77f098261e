// void is a return type only; as the type of a value it is rejected.
function log(message: string): void {
  console.log(message);
}
let result: void = log("x"); // expect: TORO1007
function run(callback: void): i32 { // expect: TORO1007
  return 0;
}

// Types the dialect lacks: symbol, never as a value's type, the library's internal interfaces.
let tag: symbol; // expect: TORO1014
let boxed: Number = 1; // expect: TORO1014
let text: String = ""; // expect: TORO1014
let code: Function; // expect: TORO1014
let impossible: never; // expect: TORO1014
// never is accepted as the return type of a function that does not return.
function stop(): never {
  while (true) {}
}

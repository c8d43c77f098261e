// The void operator.
let nothing: i32 = 0;
console.log(void 0); // expect: TORO1056
void nothing; // expect: TORO1056

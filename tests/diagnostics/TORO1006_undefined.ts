// undefined as a value and as a type.
let unset: i32 | undefined = 0; // expect: TORO1003, TORO1006
function reset(): i32 {
  let value: i32 = 3;
  if (value === undefined) { // expect: TORO1006
    value = 0;
  }
  return value;
}
let absent: undefined; // expect: TORO1006

// 'unknown' as a variable or parameter type.
let mystery: unknown = 1; // expect: TORO1002
function inspect(value: unknown): boolean { // expect: TORO1002
  return true;
}

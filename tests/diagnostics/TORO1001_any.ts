// 'any' in annotations: variables, parameters, return types and fields.
let anything: any = 1; // expect: TORO1001
function echo(value: any): i32 { // expect: TORO1001
  return 0;
}
function make(): any { // expect: TORO1001
  return 1;
}
class Holder {
  content: any = 0; // expect: TORO1001
}

// Runtime files may use unions only in the parameters of declared functions.
declare function __toro_runtime_size(value: object | string): usize;
declare function __toro_runtime_pick(flag: boolean): object | string; // expect: TORO1003
export function either(value: object | string): usize { // expect: TORO1003
  return 0;
}

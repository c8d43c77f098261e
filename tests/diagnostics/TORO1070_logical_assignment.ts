// Logical assignment: ||=, &&=, ??=.
let ready: boolean = false;
let done: boolean = true;
ready ||= done; // expect: TORO1070
ready &&= done; // expect: TORO1070
ready ??= done; // expect: TORO1070

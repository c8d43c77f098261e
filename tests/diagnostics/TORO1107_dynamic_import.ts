// Dynamic import().
const loaded = import("./ok_exports"); // expect: TORO1107

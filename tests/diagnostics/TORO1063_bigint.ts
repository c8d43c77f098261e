// bigint literals and the bigint type.
const large = 12345678901234567890n; // expect: TORO1063
let counter: bigint; // expect: TORO1063

// export default, on a declaration or an expression.
export default function main(): void {} // expect: TORO1102
const answer: i32 = 42;
export default answer; // expect: TORO1102

// Export lists and re-exports.
const width: i32 = 1;
function area(): i32 {
  return width * width;
}
export { width, area }; // expect: TORO1104
export { exit } from "toro/kernel"; // expect: TORO1104
export * from "./ok_exports"; // expect: TORO1104

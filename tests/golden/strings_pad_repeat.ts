// padStart, padEnd (default space padding, multi-character padding cut to
// fit, targets shorter than the string, empty padding) and repeat.
const n = "42";
console.log("[" + n.padStart(5) + "]", "[" + n.padEnd(5) + "]");
console.log(n.padStart(5, "0"), n.padEnd(5, "0"));
console.log(n.padStart(7, "abc"), n.padEnd(7, "abc"));
console.log(n.padStart(1, "x"), n.padStart(2, "x"), n.padStart(-3, "x"));
console.log("[" + n.padStart(6, "") + "]", "[" + n.padEnd(6, "") + "]");
console.log("".padStart(3, "ab"), "".padEnd(0, "ab").length);

console.log("ab".repeat(3), "[" + "ab".repeat(0) + "]", "x".repeat(1), "".repeat(5).length);
console.log("=".repeat(20));

function formatRow(label: string, value: i32): string {
  return label.padEnd(10, ".") + String(value).padStart(6);
}
console.log(formatRow("apples", 12));
console.log(formatRow("kiwis", 1500));
console.log(formatRow("watermelons", -7));

function hex(value: u32): string {
  const digits = "0123456789abcdef";
  let result = "";
  let rest: u32 = value;
  do {
    result = digits[i32(rest & 15)] + result;
    rest = rest >>> 4;
  } while (rest !== 0);
  return "0x" + result.padStart(8, "0");
}
console.log(hex(255), hex(3735928559), hex(0));

// console.log joins several arguments of any printable type with single
// spaces, prints strings without quotes, and prints an empty line when
// called with no arguments.
const count: i32 = 3;
const ratio = 0.25;
console.log("a", "b", "c");
console.log("count", count, "ratio", ratio, "ok", true);
console.log(1, 2, 3);
console.log(-0, 0, "-0", String(-0));
console.log("x", "", "y");
console.log("");
console.log();
console.log(true, false, "true");
const long: i64 = 1234567890123;
const single: f32 = f32(0.5);
const byte: u8 = 7;
console.log(long, single, byte, NaN, -Infinity);
console.log("line one\nline two", 2);
console.log("  leading and trailing spaces  ", "|");

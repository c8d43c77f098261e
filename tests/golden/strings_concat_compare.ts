// String concatenation with +, and comparison by UTF-16 code units with
// < > <= >= === !==.
const hello: string = "hello";
const world: string = "world";
const joined = hello + ", " + world;
console.log(joined, joined.length);
let built = "";
for (let i: i32 = 0; i < 5; i++) {
  built = built + String(i);
}
console.log(built);
console.log("count: " + String(3) + ", half: " + String(0.5) + ", yes: " + String(true));

console.log("apple" < "banana", "apple" > "banana", "apple" <= "apple", "apple" >= "apples");
console.log("Zebra" < "apple", "a" < "B", "abc" < "abd", "abc" < "ab");
console.log("" < "a", "" === "", "10" < "9", "10" < "10 ");
console.log(hello === "hel" + "lo", hello !== "Hello", hello === world);
const upper: string = "HELLO";
console.log(upper === hello, upper < hello);

function maximum(a: string, b: string): string {
  return a > b ? a : b;
}
console.log(maximum("pear", "peach"), maximum("", "x"), maximum("same", "same"));
const dashes = "-" + "-" + "-";
console.log(dashes, dashes === "---");

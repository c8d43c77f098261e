// Non-ASCII text: .length and indexing count UTF-16 code units, so a
// character outside the Basic Multilingual Plane (an emoji) has length 2 and
// is made of two surrogate code units.
const greeting = "Grüße, 世界!";
console.log(greeting, greeting.length);
console.log(greeting[2], greeting.charCodeAt(2), greeting[7], greeting.charCodeAt(7));

const smile = "😀";
console.log(smile, smile.length, smile.charCodeAt(0), smile.charCodeAt(1));

const mixed = "a😀b";
console.log(mixed.length, mixed.indexOf("b"), mixed.slice(1, 3), mixed.substring(1, 3) === smile);
console.log(mixed[0], mixed[3]);

const built = String.fromCharCode(55357) + String.fromCharCode(56832);
console.log(built, built === smile, built.length);
console.log(String.fromCharCode(72) + String.fromCharCode(233) + String.fromCharCode(8364));

console.log("é" < "z", "z" < "é", "😀" > "\uffff", "€" > "😀");
console.log("naïve café".padEnd(12, "·") + "|");
console.log("ß".repeat(3), "日本".startsWith("日"), "日本".endsWith("本"));

// Accepted: string literals, templates, concatenation, comparison, indexing and the library's methods.
const name: string = "world";
const greeting = `hello, ${name}! ${1 + 2} ${true}`;
const joined: string = "a" + 'b' + greeting;
const multiline = `line one
line two`;
const first: string = name[0];
const code: u16 = name.charCodeAt(1);
const padded = name.padStart(8, ".").padEnd(10);
const middle = name.substring(1, 3) + name.slice(2);
const found: i32 = name.indexOf("r");
const checks: boolean = name.startsWith("w") && name.endsWith("d") && name < "zebra" && name === "world";
const repeated = "ab".repeat(3);
const fromCode = String.fromCharCode(65);
const shown = String(3.5) + String(true) + (1.25).toFixed(1) + name.toString();
let built: string = "";
built += "x";
console.log(joined.length, multiline, first, code, padded, middle, found, checks, repeated, fromCode, shown, built);

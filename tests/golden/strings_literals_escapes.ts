// String literals: both quote styles and every common escape sequence.
console.log('single quotes with a "double" inside');
console.log("double quotes with a 'single' inside");
console.log("tab:\t|");
console.log("two\nlines");
console.log("backslash \\ and quote \" and apostrophe \'");
console.log("hex escape \x41\x42\x43, unicode escape \u00e9\u00f1, code point escape \u{1F600}");
console.log("null-free, carriage-return-free, ends here");
console.log("");
console.log("empty string above, length", "".length);
const escaped = "a\tb\\c";
console.log(escaped, escaped.length, escaped.charCodeAt(1), escaped.charCodeAt(3));
const lineContinuation = "first part \
second part";
console.log(lineContinuation);
console.log("percent sign: 100% sure");

// Template literals: interpolation of strings, every number type, booleans
// and expressions, nesting, and escapes.
const name = "world";
const count: i32 = 3;
const ratio = 0.5;
const flag: boolean = true;
console.log(`hello, ${name}!`);
console.log(`${count} + ${count} = ${count + count}`);
console.log(`ratio=${ratio}, flag=${flag}, not flag=${!flag}`);
console.log(`${name.length > 3 ? "long" : "short"} name`);
console.log(`nested: ${`inner ${count * 2}`}`);
console.log(`no interpolation`);
console.log(`${""}${""}`.length);
console.log(`backtick \` dollar \${not interpolated} backslash \\`);
console.log(`multi
line`);

const small: i8 = -8;
const byte: u8 = 255;
const short: i16 = -1000;
const unsignedShort: u16 = 65535;
const word: u32 = 4294967295;
const long: i64 = -9007199254740991;
const unsignedLong: u64 = 9007199254740991;
const size: usize = 4096;
const signedSize: isize = -4096;
const single: f32 = f32(0.1);
console.log(`${small} ${byte} ${short} ${unsignedShort} ${word}`);
console.log(`${long} ${unsignedLong} ${size} ${signedSize} ${single}`);
console.log(`${-0} ${NaN} ${Infinity} ${-Infinity} ${1e21} ${1e-7} ${0.1 + 0.2}`);
console.log(`${String(12)}${"3"}` === "123");

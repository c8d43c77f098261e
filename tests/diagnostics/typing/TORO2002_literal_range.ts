// A literal must fit the type its context gives it.
const small: u8 = 256; // expect: TORO2002
const negative: u32 = -1; // expect: TORO2002
const fraction: i32 = 1.5; // expect: TORO2002
const fits: i8 = -128;
console.log(small, negative, fraction, fits);

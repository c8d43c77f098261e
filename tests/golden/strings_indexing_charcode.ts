// s[i] gives a one-unit string; charCodeAt(i) its UTF-16 code;
// String.fromCharCode builds a string from a code.
const word = "Hello";
console.log(word[0], word[4], word[1] + word[2]);
for (let i: i32 = 0; i < word.length; i++) {
  console.log(i, word[i], word.charCodeAt(i));
}

let shifted = "";
for (let i: i32 = 0; i < word.length; i++) {
  shifted += String.fromCharCode(u16(word.charCodeAt(i) + 1));
}
console.log("shifted", shifted);

function caesar(text: string, shift: i32): string {
  let result = "";
  for (let i: i32 = 0; i < text.length; i++) {
    const code: i32 = i32(text.charCodeAt(i));
    if (code >= 97 && code <= 122) {
      result += String.fromCharCode(u16((code - 97 + shift) % 26 + 97));
    } else {
      result += text[i];
    }
  }
  return result;
}
console.log(caesar("attack at dawn!", 13));
console.log(caesar(caesar("attack at dawn!", 13), 13));

function parseDigits(text: string): i32 {
  let value: i32 = 0;
  for (let i: i32 = 0; i < text.length; i++) {
    value = value * 10 + i32(text.charCodeAt(i) - 48);
  }
  return value;
}
console.log(parseDigits("12345") + 1);
console.log(String.fromCharCode(65), String.fromCharCode(0x263a), String.fromCharCode(32).length);
console.log(word[0] === "H", word[0] === word[0].toString(), word.toString());

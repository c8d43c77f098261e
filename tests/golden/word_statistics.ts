// A realistic program: word and letter statistics over a text, with the
// letter counts kept in a Uint16Array indexed by character code.
const text = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness";

const letterCounts = new Uint16Array(26);
let words: i32 = 0;
let inWord: boolean = false;
let longestWord = "";
let currentWord = "";
for (let i: i32 = 0; i <= text.length; i++) {
  const code: i32 = i < text.length ? i32(text.charCodeAt(i)) : 32;
  const lower: i32 = code >= 65 && code <= 90 ? code + 32 : code;
  const isLetter: boolean = lower >= 97 && lower <= 122;
  if (isLetter) {
    letterCounts[lower - 97]++;
    currentWord += String.fromCharCode(u16(lower));
    if (!inWord) {
      words++;
      inWord = true;
    }
  } else {
    if (currentWord.length > longestWord.length) {
      longestWord = currentWord;
    }
    currentWord = "";
    inWord = false;
  }
}
console.log("characters:", text.length, "words:", words, "longest word:", longestWord);

let mostCommon: i32 = 0;
let histogram = "";
for (let letter: i32 = 0; letter < 26; letter++) {
  if (letterCounts[letter] > letterCounts[mostCommon]) {
    mostCommon = letter;
  }
  if (letterCounts[letter] > 0) {
    histogram += String.fromCharCode(u16(letter + 97)) + String(letterCounts[letter]) + " ";
  }
}
console.log(histogram);
console.log("most common letter:", String.fromCharCode(u16(mostCommon + 97)), "x", letterCounts[mostCommon]);

let occurrences: i32 = 0;
let position: i32 = text.indexOf("it was");
while (position !== -1) {
  occurrences++;
  position = text.indexOf("it was", position + 1);
}
console.log("'it was' occurs", occurrences, "times (case-sensitive)");

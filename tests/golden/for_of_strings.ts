// for...of over a string visits its characters in order (non-ASCII
// characters of the Basic Multilingual Plane are one UTF-16 unit each).
let spaced = "";
for (const character of "hello") {
  spaced += character + " ";
}
console.log(spaced);

const phrase = "héllo wörld, ça va?";
let vowels: i32 = 0;
let letters: i32 = 0;
for (const character of phrase) {
  switch (character) {
    case "a":
    case "e":
    case "é":
    case "i":
    case "o":
    case "ö":
    case "u":
      vowels++;
      break;
    default:
      break;
  }
  if (character !== " " && character !== "," && character !== "?") {
    letters++;
  }
}
console.log("vowels", vowels, "letters", letters, "length", phrase.length);

let reversed = "";
for (const character of "stressed") {
  reversed = character + reversed;
}
console.log(reversed);

let codes = "";
for (const character of "Añ€") {
  codes += String(character.charCodeAt(0)) + " ";
}
console.log(codes);

let count: i32 = 0;
for (const character of "") {
  count += character.length;
}
console.log("empty string visits", count);

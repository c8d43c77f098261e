// for...of over a string follows JavaScript: a surrogate pair (a character
// outside the Basic Multilingual Plane, such as an emoji) is visited as one
// string of length 2, although .length and s[i] count UTF-16 units.
const text = "a😀b";
console.log(text.length);
let visits: i32 = 0;
for (const character of text) {
  visits++;
  console.log(visits, character, character.length, character.charCodeAt(0));
}
console.log("visits", visits);

let units: i32 = 0;
for (let i: i32 = 0; i < text.length; i++) {
  units++;
}
console.log("units", units);

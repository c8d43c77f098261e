// indexOf with and without a start position (negative and beyond the end
// included), and startsWith / endsWith.
const text = "the cat sat on the mat";
console.log(text.indexOf("the"), text.indexOf("the", 1), text.indexOf("at"), text.indexOf("at", 6));
console.log(text.indexOf("dog"), text.indexOf(""), text.indexOf("", 5), text.indexOf("", 100));
console.log(text.indexOf("the", -5), text.indexOf("mat", 100), text.indexOf("t", 21), text.indexOf("mat", 19));

function countOccurrences(haystack: string, needle: string): i32 {
  let count: i32 = 0;
  let position: i32 = haystack.indexOf(needle);
  while (position !== -1) {
    count++;
    position = haystack.indexOf(needle, position + needle.length);
  }
  return count;
}
console.log("occurrences of 'at':", countOccurrences(text, "at"));
console.log("occurrences of 'aa' in 'aaaaa':", countOccurrences("aaaaa", "aa"));

console.log(text.startsWith("the"), text.startsWith("cat"), text.startsWith(""), text.startsWith(text + "!"));
console.log(text.endsWith("mat"), text.endsWith("the"), text.endsWith(""), text.endsWith(text));
console.log("".startsWith(""), "".endsWith("x"), "ab".indexOf("abc"));

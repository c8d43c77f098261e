// substring and slice, with absent, negative, out-of-range and reversed
// arguments: substring clamps negatives to 0 and swaps reversed bounds;
// slice counts negatives from the end and gives "" for reversed bounds.
const text = "abcdefgh";
console.log(text.substring(2), text.substring(2, 5), text.substring(0, 0) === "");
console.log(text.substring(5, 2), text.substring(-3), text.substring(-3, 2), text.substring(3, 100));
console.log(text.substring(8), text.substring(100).length, text.substring(0));
console.log(text.slice(2), text.slice(2, 5), text.slice(-3), text.slice(-5, -2));
console.log(text.slice(5, 2) === "", text.slice(-100, 2), text.slice(3, -1), text.slice(100).length);
console.log(text.slice(0), text.slice(-1), text.slice(0, -8) === "");

function middle(s: string): string {
  const half: i32 = i32(s.length / 2);
  return s.length % 2 === 0 ? s.substring(half - 1, half + 1) : s.substring(half, half + 1);
}
console.log(middle("abc"), middle("abcd"), middle("x"));

function reverse(s: string): string {
  let result = "";
  for (let i: i32 = s.length; i > 0; i--) {
    result += s.slice(i - 1, i);
  }
  return result;
}
console.log(reverse("substring"));

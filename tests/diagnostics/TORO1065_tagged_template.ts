// Tagged templates.
function shout(text: string): string {
  return text;
}
console.log(shout`hello`); // expect: TORO1065

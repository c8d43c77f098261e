// var, using and await using declarations.
var total: i32 = 0; // expect: TORO1040
for (var index: i32 = 0; index < 3; index++) { // expect: TORO1040
  total += index;
}
function open(): i32 {
  return 0;
}
function scope(): void {
  using handle = open(); // expect: TORO1040
}

// Labels on statements other than loops (labels on loops are in the dialect).
block: { // expect: TORO1043
  console.log("inside");
  break block;
}
outer: for (let i: i32 = 0; i < 3; i++) {
  inner: while (true) {
    continue outer;
  }
}

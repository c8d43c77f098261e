// Labelled loops, switch fall-through and short-circuit conditions.
function classify(values: Int32Array): i32 {
  let score: i32 = 0;
  outer: for (const value of values) {
    switch (value) {
      case 0:
        continue outer;
      case 1:
        score += 1;
      case 2:
        score += 2;
        break;
      default:
        if (value > 100 && score < 10) break outer;
    }
  }
  return score;
}
console.log(classify(new Int32Array(3)));

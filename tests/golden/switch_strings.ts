// switch over strings compares with ===, case by case, with fall-through and
// default.
function kind(word: string): string {
  switch (word) {
    case "apple":
    case "banana":
    case "cherry":
      return "fruit";
    case "carrot":
      return "vegetable";
    case "":
      return "empty";
    default:
      return "unknown";
  }
}
console.log(kind("apple"), kind("banana"), kind("carrot"), kind(""), kind("Apple"), kind("cherry pie"));

function command(name: string, value: i32): i32 {
  let result: i32 = value;
  switch (name) {
    case "double":
      result = result * 2;
      break;
    case "square":
      result = result * result;
      break;
    case "increment-then-double":
      result = result + 1;
    case "double-only":
      result = result * 2;
      break;
    default:
      result = -1;
  }
  return result;
}
console.log(command("double", 5), command("square", 5), command("increment-then-double", 5), command("double-only", 5), command("halve", 5));

const built = "ab" + "c";
switch (built) {
  case "abc":
    console.log("concatenated string matched");
    break;
  default:
    console.log("no match");
}
const accented: string = "é";
switch (accented) {
  case "e":
    console.log("plain e");
    break;
  case "é":
    console.log("accented e");
    break;
}

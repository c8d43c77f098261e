// Importing functions, constants and a class from sibling modules, including
// from a module that itself imports another module.
import { Circle, SIDES_OF_A_TRIANGLE, UNIT, circleArea, largest } from "./lib/geometry";
import { SEPARATOR, describeCircle, joinWords, repeatWord } from "./lib/text";

console.log("unit", UNIT, "triangle sides", SIDES_OF_A_TRIANGLE, "separator", `[${SEPARATOR}]`);
console.log("area of unit circle", circleArea(UNIT));
const small = new Circle(1);
const bigger = small.grow(2);
console.log(small.radius, bigger.radius, bigger.area().toFixed(4));
console.log("largest radius", largest(small, bigger).radius);
console.log(joinWords("left", "right"));
console.log(describeCircle(2));
console.log(repeatWord("echo", SIDES_OF_A_TRIANGLE));

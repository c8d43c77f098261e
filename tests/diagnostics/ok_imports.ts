// Accepted: the import forms of the dialect, from a relative module and from the runtime.
import { exit } from "toro/kernel";
import { UNIT, Vector, bump, square } from "./ok_exports";
import "./ok_exports";

const diagonal = new Vector(UNIT, UNIT);
console.log(diagonal.length(), square(3), bump());
if (diagonal.length() > 2) {
  exit(1);
}

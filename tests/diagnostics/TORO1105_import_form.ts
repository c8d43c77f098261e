// Import forms other than import { a, b } from "...".
import kernel from "toro/kernel"; // expect: TORO1105
import * as helpers from "./ok_exports"; // expect: TORO1105
import { square as squared } from "./ok_exports"; // expect: TORO1105
import type { Vector } from "./ok_exports"; // expect: TORO1105
import { type UNIT } from "./ok_exports"; // expect: TORO1105
import fs = require("fs"); // expect: TORO1105

// Modules that are neither relative paths nor the runtime's toro/... modules.
import { readFileSync } from "fs"; // expect: TORO1106
import { load } from "@scope/package"; // expect: TORO1106

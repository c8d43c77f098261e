// The low-level layer (toro/unsafe, toro/x86_64) is for the runtime only.
import { load8 } from "toro/unsafe"; // expect: TORO1101
import { outb } from "toro/x86_64"; // expect: TORO1101
import { exit } from "toro/kernel";

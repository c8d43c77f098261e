// Boot benchmark (bench/boot_benchmark.ts): the program's first statement
// records cycles() (TSC cycles since the boot core entered the kernel), then
// every core that runs the program prints one line
//   bench ready cycles=<u64> hz=<f64>
// The run ends once every core's instance has ended, so every line arrives.
import { cycles, tscFrequency } from "toro/kernel";

const readyCycles: u64 = cycles();
console.log(`bench ready cycles=${readyCycles} hz=${tscFrequency()}`);

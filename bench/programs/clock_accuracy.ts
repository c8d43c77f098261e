// Clock benchmark (bench/clock_benchmark.ts): now() against the host's clock.
// Prints the calibration, then a mark every 10 ms by now() for 10 s, each
// carrying the now() reading taken just before it was printed; the host
// stamps each mark's arrival. Every mark is a line of the same length (the
// seconds have 9 decimals and are padded with zeros to 14 characters), so
// the console's delay is the same for each, apart from the host's and the
// hypervisor's jitter.
//   bench clock hz=<f64> source=<timeSource(), to the end of the line>
//   bench mark seconds=<now(), 0000.000000000>   (about 1,000 of them)
import { now, timeSource, tscFrequency } from "toro/kernel";

const SPACING_SECONDS: f64 = 0.01;
const DURATION_SECONDS: f64 = 10;

console.log(`bench clock hz=${tscFrequency()} source=${timeSource()}`);
const start: f64 = now();
let due: f64 = start;
while (due <= start + DURATION_SECONDS) {
  while (now() < due) {
    // Busy-waiting on the clock under test.
  }
  const mark: f64 = now();
  console.log(`bench mark seconds=${mark.toFixed(9).padStart(14, "0")}`);
  due += SPACING_SECONDS;
}

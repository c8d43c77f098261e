// One instance of this program runs on every core (`torotsc run
// samples/hello_cores.ts --cores 4`): each prints its rank, the index of its
// core. The lines come in whatever order the cores reach them, each line whole.
import { rank } from "toro/kernel";

console.log(`hello from core ${rank()}`);

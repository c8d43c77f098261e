// Ends the program with status 3: `torotsc run samples/exit_status.ts; echo $?` prints 3.
import { exit } from "toro/kernel";

console.log("exiting with status 3");
exit(3);
console.log("never printed");

// Module top-level statements run once each, in dependency order: a module
// after the modules it imports, the entry module last.
import { firstValue } from "./lib/init_first";
import { secondValue } from "./lib/init_second";
import { initialisationCount, sharedLog } from "./lib/init_shared";

console.log("entry runs; log:", sharedLog());
console.log("values", firstValue(), secondValue(), "shared initialisations", initialisationCount());

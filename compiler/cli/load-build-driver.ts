// Loads the build driver on first use. The driver brings in TypeScript's
// compiler and llvm-bindings (a 110 MB native addon), about 0.3 s of start-up;
// commands load it only once they are about to compile, so `--help`, `--version`
// and usage errors answer at once. Command files import only its types.
import type * as BuildDriver from "../driver/build";

export function loadBuildDriver(): typeof BuildDriver {
  return require("../driver/build") as typeof BuildDriver;
}

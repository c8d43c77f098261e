// Helper module for modules_initialisation_order: its top-level statements
// print when the module is initialised, after those of the module it imports.
import { sharedLog, note } from "./init_shared";

note("init_first");
console.log("init_first runs; log so far:", sharedLog());

export function firstValue(): i32 {
  return 1;
}

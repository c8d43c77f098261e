// Helper module for modules_initialisation_order: imports the same shared
// module as init_first, which must still be initialised only once.
import { sharedLog, note } from "./init_shared";

note("init_second");
console.log("init_second runs; log so far:", sharedLog());

export function secondValue(): i32 {
  return 2;
}

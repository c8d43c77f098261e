// Helper module for modules_initialisation_order: initialised once, before
// every module that imports it.
let log = "";
let initialisations: i32 = 0;

initialisations++;
console.log("init_shared runs, initialisation number", initialisations);

export function note(name: string): void {
  log += name + ";";
}

export function sharedLog(): string {
  return log;
}

export function initialisationCount(): i32 {
  return initialisations;
}

// Optional parameters, fields and methods.
function greet(name?: string): string { // expect: TORO1021
  return "hello";
}
class Settings {
  verbose?: boolean; // expect: TORO1021
  describe?(): string { // expect: TORO1021
    return "settings";
  }
}

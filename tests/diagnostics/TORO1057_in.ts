// The in operator.
class Settings {
  verbose: boolean = false;
}
const settings = new Settings();
console.log("verbose" in settings); // expect: TORO1057

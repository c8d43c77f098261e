// Getters, setters and auto-accessors.
class Temperature {
  private celsius: f64 = 0;
  get fahrenheit(): f64 { // expect: TORO1025
    return this.celsius * 1.8 + 32;
  }
  set fahrenheit(value: f64) { // expect: TORO1025
    this.celsius = (value - 32) / 1.8;
  }
  accessor kelvin: f64 = 273.15; // expect: TORO1025
}

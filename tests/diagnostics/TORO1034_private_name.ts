// Private #names.
class Account {
  #balance: f64 = 0; // expect: TORO1034
  deposit(amount: f64): void {
    this.#balance += amount; // expect: TORO1034
  }
}

// Accepted: classes with typed fields, one constructor, methods, this and new; access modifiers.
class Account {
  readonly owner: string;
  private balance: f64 = 0;
  protected history: Float64Array = new Float64Array(8);
  public transactions: i32 = 0;
  limit: f64;

  constructor(owner: string, limit: f64) {
    this.owner = owner;
    this.limit = limit;
  }

  deposit(amount: f64): void {
    this.record(amount);
    this.balance += amount;
  }

  private record(amount: f64): void {
    if (this.transactions < this.history.length) {
      this.history[this.transactions] = amount;
    }
    this.transactions++;
  }

  current(): f64 {
    return this.balance;
  }

  copy(): Account {
    const other = new Account(this.owner, this.limit);
    other.deposit(this.balance);
    return other;
  }
}

class Empty {}

class Pair {
  left: Account;
  right: Account;
  constructor(left: Account, right: Account) {
    this.left = left;
    this.right = right;
  }
}

const account = new Account("ada", 100);
account.deposit(12.5);
const pair = new Pair(account, account.copy());
const nothing = new Empty();
console.log(pair.left.current(), pair.right.owner, account.transactions);

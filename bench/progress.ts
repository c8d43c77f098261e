// The progress line: "[3/47] boot: 16 cores under kvm, run 2 of 5" on
// stderr, rewritten in place on a terminal, one line per step otherwise (a
// log then shows where a run stopped).

export class Progress {
  private step = 0;
  private readonly inPlace: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.inPlace = stream.isTTY === true;
  }

  /** Announces the next step. */
  next(label: string): void {
    this.step++;
    const text = `[${this.step}/${this.total}] ${label}`;
    if (this.inPlace) this.stream.write(`\r\x1b[K${text}`);
    else this.stream.write(`${text}\n`);
  }

  /** Rewrites the current step's text (what it has reached) without advancing the count. */
  update(label: string): void {
    if (!this.inPlace) return;
    this.stream.write(`\r\x1b[K[${this.step}/${this.total}] ${label}`);
  }

  /** A message that stays (a build, a warning), without disturbing the count. */
  note(text: string): void {
    if (this.inPlace) this.stream.write(`\r\x1b[K${text}\n`);
    else this.stream.write(`${text}\n`);
  }

  done(): void {
    if (this.inPlace) this.stream.write("\r\x1b[K");
  }
}

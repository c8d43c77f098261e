// The guest's console as whole lines: text arrives from QEMU in chunks that
// may end inside a line; this hands each complete line, rewritten by a
// function (panic_location.ts appends source locations), to the output, and
// the unterminated rest when the guest has ended.
//
// Lines are passed on as soon as their newline arrives, so output still
// streams line by line.

export class LineOutput {
  private pending = "";

  constructor(
    private readonly write: (text: string) => void,
    private readonly rewrite: (line: string) => string,
  ) {}

  /** Takes the next chunk of console text. */
  push(text: string): void {
    const combined = this.pending + text;
    const lastNewline = combined.lastIndexOf("\n");
    if (lastNewline < 0) {
      this.pending = combined;
      return;
    }
    this.pending = combined.slice(lastNewline + 1);
    const lines = combined.slice(0, lastNewline).split("\n");
    this.write(lines.map((line) => `${this.rewrite(line)}\n`).join(""));
  }

  /** Passes on what follows the last newline (the guest has ended). */
  end(): void {
    if (this.pending !== "") this.write(this.rewrite(this.pending));
    this.pending = "";
  }
}

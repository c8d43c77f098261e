// Cuts text that arrives in chunks (a child's or a guest's output) into
// lines, handing each on as soon as its newline arrives; carriage returns
// are dropped. An unterminated last piece waits for the next chunk, or for
// flush at the end.
export class LineSplitter {
  private partial = "";

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: string): void {
    const pieces = (this.partial + chunk).split("\n");
    this.partial = pieces.pop() ?? "";
    for (const piece of pieces) this.onLine(piece.replace(/\r$/, ""));
  }

  /** Hands on the unterminated last line, if any. */
  flush(): void {
    if (this.partial !== "") this.onLine(this.partial.replace(/\r$/, ""));
    this.partial = "";
  }
}

// What benchmark programs print, parsed: lines of the form
//   bench <kind> <key>=<value> <key>=<value> ...
// Keys are words; values hold no spaces, except the last value, which runs
// to the end of the line (so a description such as timeSource()'s fits
// there). Other lines (the kernel's, a panic) are not benchmark lines.
//
// Each line carries the host time at which it arrived, in seconds from the
// moment QEMU was started (guest_run.ts): LineClock cuts the console's byte
// stream into lines and stamps each when its newline arrives.
import { LineSplitter } from "./line_splitter";

export interface BenchLine {
  kind: string;
  fields: Record<string, string>;
  /** Host seconds from QEMU's start to the line's arrival. */
  hostSeconds: number;
}

export interface TimedLine {
  text: string;
  hostSeconds: number;
}

const PREFIX = "bench ";
const KEY = /^([A-Za-z][\w-]*)=/;

/** The benchmark line in `line`, or undefined when it is not one (or is malformed). */
export function parseBenchLine(line: TimedLine): BenchLine | undefined {
  if (!line.text.startsWith(PREFIX)) return undefined;
  const rest = line.text.slice(PREFIX.length);
  const firstSpace = rest.indexOf(" ");
  const kind = firstSpace < 0 ? rest : rest.slice(0, firstSpace);
  if (!/^[a-z][\w-]*$/.test(kind)) return undefined;
  const fields: Record<string, string> = {};
  let remaining = firstSpace < 0 ? "" : rest.slice(firstSpace + 1);
  while (remaining !== "") {
    const key = KEY.exec(remaining);
    if (!key) return undefined;
    remaining = remaining.slice(key[0].length);
    const nextField = /\s[A-Za-z][\w-]*=/.exec(remaining);
    const valueEnd = nextField ? nextField.index : remaining.length;
    fields[key[1]] = remaining.slice(0, valueEnd);
    remaining = nextField ? remaining.slice(valueEnd + 1) : "";
  }
  return { kind, fields, hostSeconds: line.hostSeconds };
}

/** The benchmark lines among `lines`, in order. */
export function benchLines(lines: readonly TimedLine[]): BenchLine[] {
  const parsed: BenchLine[] = [];
  for (const line of lines) {
    const bench = parseBenchLine(line);
    if (bench) parsed.push(bench);
  }
  return parsed;
}

/** A field as a finite number, or an error naming the line. */
export function numberField(line: BenchLine, key: string): number {
  const text = line.fields[key];
  const value = text === undefined ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new Error(`bench ${line.kind}: field ${key} is ${text === undefined ? "missing" : `"${text}"`}`);
  return value;
}

/** Cuts text chunks into lines, each stamped with the time its newline arrived. */
export class LineClock {
  readonly lines: TimedLine[] = [];
  private arrival = 0;
  private readonly splitter = new LineSplitter((text) => this.lines.push({ text, hostSeconds: this.arrival }));

  /** `chunk` arrived at `hostSeconds`. Carriage returns are dropped. */
  receive(chunk: string, hostSeconds: number): void {
    this.arrival = hostSeconds;
    this.splitter.push(chunk);
  }

  /** The unterminated last line, if any, as if it ended at `hostSeconds`. */
  finish(hostSeconds: number): void {
    this.arrival = hostSeconds;
    this.splitter.flush();
  }
}

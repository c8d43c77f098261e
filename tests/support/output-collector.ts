// Collects a booted guest's console output as text. Chunks are kept as raw
// bytes (latin1) and decoded as UTF-8 only at the end, so a character split
// across two chunks is not mangled.
import { Writable } from "stream";

export class OutputCollector extends Writable {
  private bytes = "";

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.bytes += (typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk).toString("latin1");
    callback();
  }

  text(): string {
    return Buffer.from(this.bytes, "latin1").toString("utf8");
  }
}

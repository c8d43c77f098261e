// Runs a command and hands each line of its standard output to a callback as
// it arrives (the progress line shows the size just measured); resolves with
// the whole output, or with why the command failed.
import { spawn } from "child_process";
import { LineSplitter } from "../line_splitter";

export type ChildOutcome = { ok: true; text: string } | { ok: false; failure: string; text: string };

export function runStreaming(command: string, args: readonly string[], onLine: (line: string) => void, timeoutSeconds: number): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    const lines = new LineSplitter(onLine);
    let errors = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutSeconds * 1000);
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      text += chunk;
      lines.push(chunk);
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      errors += chunk;
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ ok: false, failure: `could not start ${command}: ${error.message}`, text });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ ok: true, text });
      const why = signal ? `killed by ${signal}${signal === "SIGKILL" ? ` (no end within ${timeoutSeconds} s)` : ""}` : `exit status ${code}`;
      const tail = errors.trim().split("\n").slice(-2).join(" / ");
      resolve({ ok: false, failure: `${why}${tail === "" ? "" : `: ${tail}`}`, text });
    });
  });
}

// A line diff for test failure messages: expected and actual program output
// side by side as "- expected" / "+ actual" lines, with unchanged lines as
// context. Outputs are small (golden programs print tens of lines), so a
// quadratic longest-common-subsequence table is fine.

export function lineDiff(expected: string, actual: string): string {
  const expectedLines = splitLines(expected);
  const actualLines = splitLines(actual);
  const common = commonSuffixLengths(expectedLines, actualLines);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < expectedLines.length || j < actualLines.length) {
    if (i < expectedLines.length && j < actualLines.length && expectedLines[i] === actualLines[j]) {
      out.push(`  ${expectedLines[i++]}`);
      j++;
    } else if (j < actualLines.length && (i === expectedLines.length || common[i][j + 1] >= common[i + 1][j])) {
      out.push(`+ ${actualLines[j++]}`);
    } else {
      out.push(`- ${expectedLines[i++]}`);
    }
  }
  return out.join("\n");
}

/** Lines without their terminators; a missing final newline shows as its own marker line. */
function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  else lines.push("\\ no newline at end");
  return lines;
}

/** table[i][j] = length of the longest common subsequence of a[i..] and b[j..]. */
function commonSuffixLengths(a: readonly string[], b: readonly string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}

/** A failure message comparing a run with its golden expectation; empty when they agree. */
export function describeMismatch(
  name: string,
  expected: { stdout: string; exitCode: number },
  actual: { stdout: string; exitCode: number },
): string {
  const problems: string[] = [];
  if (expected.exitCode !== actual.exitCode) {
    problems.push(`exit status: expected ${expected.exitCode}, got ${actual.exitCode}`);
  }
  if (expected.stdout !== actual.stdout) {
    problems.push(`output differs (- expected, + actual):\n${lineDiff(expected.stdout, actual.stdout)}`);
  }
  return problems.length === 0 ? "" : `${name}: ${problems.join("\n")}`;
}

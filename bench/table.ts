// Tables for the terminal and for BENCHMARKS.md: Markdown pipe tables with
// columns padded to a common width, numbers right-aligned. A cell is text;
// the helpers below format numbers, ratios and missing values the same way
// everywhere.

export type Alignment = "left" | "right";

export interface Table {
  title: string;
  headers: string[];
  /** Per column; defaults to left for the first column, right for the rest. */
  alignments?: Alignment[];
  rows: string[][];
  /** Lines printed under the table (what a column means, why a cell is missing). */
  notes?: string[];
}

/** What a cell shows when its measurement could not be made. */
export const NOT_AVAILABLE = "not available";

export function formatTable(table: Table): string {
  const columnCount = table.headers.length;
  for (const row of table.rows) {
    if (row.length !== columnCount) throw new Error(`table "${table.title}": a row has ${row.length} cells, not ${columnCount}`);
  }
  const widths = table.headers.map((header, column) =>
    Math.max(3, header.length, ...table.rows.map((row) => row[column].length)),
  );
  const alignments = table.headers.map((_, column) => table.alignments?.[column] ?? (column === 0 ? "left" : "right"));
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, column) => (alignments[column] === "left" ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (alignments[column] === "left" ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  const lines = [`### ${table.title}`, "", line(table.headers), rule, ...table.rows.map(line)];
  if (table.notes && table.notes.length > 0) lines.push("", ...table.notes);
  return lines.join("\n");
}

/** `value` with `digits` decimals, or NOT_AVAILABLE for NaN and undefined. */
export function fixed(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? NOT_AVAILABLE : value.toFixed(digits);
}

/** `numerator / denominator` as "1.23×", or "-" when either is missing or the denominator is 0. */
export function ratio(numerator: number | undefined, denominator: number | undefined): string {
  if (numerator === undefined || denominator === undefined || !Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) {
    return "-";
  }
  return `${(numerator / denominator).toFixed(2)}×`;
}

/** A count per second in millions ("51.2 M/s"). */
export function millionsPerSecond(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? NOT_AVAILABLE : `${(value / 1e6).toFixed(1)} M/s`;
}

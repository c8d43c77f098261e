// Line plots as SVG, written by hand (no plotting dependency): log-log axes
// with a tick at each power of ten (of two for small ranges), one polyline
// and a dot per point for each series, a legend. Points are drawn in
// ascending x; a non-positive value cannot sit on a log axis and is dropped.

export interface Series {
  name: string;
  points: Array<[number, number]>;
}

export interface Plot {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
}

const WIDTH = 640;
const HEIGHT = 420;
const MARGIN = { left: 80, right: 150, top: 40, bottom: 60 };
const COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];

/** A log10 axis over [low, high] (widened to whole powers of `base`) mapped onto [from, to] pixels. */
export interface LogAxis {
  low: number;
  high: number;
  base: number;
  position(value: number): number;
  ticks: number[];
}

export function logAxis(values: readonly number[], from: number, to: number): LogAxis {
  const positive = values.filter((value) => value > 0);
  const smallest = positive.length > 0 ? Math.min(...positive) : 1;
  const largest = positive.length > 0 ? Math.max(...positive) : 10;
  // Ranges within two decades read better with ticks at powers of two.
  const base = largest / smallest <= 100 ? 2 : 10;
  const low = base ** Math.floor(Math.log(smallest) / Math.log(base) + 1e-9);
  let high = base ** Math.ceil(Math.log(largest) / Math.log(base) - 1e-9);
  if (high <= low) high = low * base;
  const span = Math.log(high) - Math.log(low);
  const position = (value: number): number => from + ((Math.log(value) - Math.log(low)) / span) * (to - from);
  const ticks: number[] = [];
  for (let tick = low; tick <= high * (1 + 1e-9); tick *= base) ticks.push(tick);
  return { low, high, base, position, ticks };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** 1024 → "1K", 1048576 → "1M", 0.001 → "0.001". */
export function tickLabel(value: number): string {
  if (value >= 1048576 && value % 1048576 === 0) return `${value / 1048576}M`;
  if (value >= 1024 && value % 1024 === 0) return `${value / 1024}K`;
  return String(Number(value.toPrecision(3)));
}

/** Each series' drawable points, ascending in x. */
export function drawablePoints(series: Series): Array<[number, number]> {
  return series.points.filter(([x, y]) => x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y)).sort((a, b) => a[0] - b[0]);
}

export function renderPlot(plot: Plot): string {
  const drawn = plot.series.map((series) => ({ name: series.name, points: drawablePoints(series) }));
  const allPoints = drawn.flatMap((series) => series.points);
  const plotRight = WIDTH - MARGIN.right;
  const plotBottom = HEIGHT - MARGIN.bottom;
  const x = logAxis(allPoints.map(([value]) => value), MARGIN.left, plotRight);
  const y = logAxis(allPoints.map(([, value]) => value), plotBottom, MARGIN.top);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="white"/>`);
  out.push(`<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(plot.title)}</text>`);
  for (const tick of x.ticks) {
    const at = x.position(tick).toFixed(1);
    out.push(`<line class="x-tick" x1="${at}" y1="${MARGIN.top}" x2="${at}" y2="${plotBottom}" stroke="#ddd"/>`);
    out.push(`<text x="${at}" y="${plotBottom + 16}" text-anchor="middle">${escapeXml(tickLabel(tick))}</text>`);
  }
  for (const tick of y.ticks) {
    const at = y.position(tick).toFixed(1);
    out.push(`<line class="y-tick" x1="${MARGIN.left}" y1="${at}" x2="${plotRight}" y2="${at}" stroke="#ddd"/>`);
    out.push(`<text x="${MARGIN.left - 6}" y="${at}" text-anchor="end" dominant-baseline="middle">${escapeXml(tickLabel(tick))}</text>`);
  }
  out.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotRight - MARGIN.left}" height="${plotBottom - MARGIN.top}" fill="none" stroke="black"/>`);
  out.push(`<text x="${(MARGIN.left + plotRight) / 2}" y="${HEIGHT - 18}" text-anchor="middle">${escapeXml(plot.xLabel)} (log scale)</text>`);
  out.push(`<text x="18" y="${(MARGIN.top + plotBottom) / 2}" text-anchor="middle" transform="rotate(-90 18 ${(MARGIN.top + plotBottom) / 2})">${escapeXml(plot.yLabel)} (log scale)</text>`);
  drawn.forEach((series, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const coordinates = series.points.map(([px, py]) => `${x.position(px).toFixed(1)},${y.position(py).toFixed(1)}`);
    if (coordinates.length > 0) {
      out.push(`<polyline class="series" data-name="${escapeXml(series.name)}" points="${coordinates.join(" ")}" fill="none" stroke="${colour}" stroke-width="2"/>`);
      for (const point of coordinates) {
        const [cx, cy] = point.split(",");
        out.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${colour}"/>`);
      }
    }
    const legendY = MARGIN.top + 10 + index * 20;
    out.push(`<line x1="${plotRight + 12}" y1="${legendY}" x2="${plotRight + 32}" y2="${legendY}" stroke="${colour}" stroke-width="2"/>`);
    const label = series.points.length > 0 ? series.name : `${series.name} (no data)`;
    out.push(`<text x="${plotRight + 38}" y="${legendY}" dominant-baseline="middle">${escapeXml(label)}</text>`);
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

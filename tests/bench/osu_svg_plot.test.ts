// The hand-written SVG plots (bench/osu/svg_plot.ts): well-formed, points ascending in x, logarithmic axes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { logAxis, renderPlot, tickLabel } from "../../bench/osu/svg_plot";

const plot = {
  title: "osu_reduce <2 ranks> & MPICH",
  xLabel: "message size (bytes)",
  yLabel: "latency (µs)",
  series: [
    { name: "unikernel", points: [[1024, 3], [1, 1], [8, 2], [0, 5]] as Array<[number, number]> },
    { name: "MPICH", points: [[1, 0.4], [1048576, 900]] as Array<[number, number]> },
    { name: "empty", points: [] as Array<[number, number]> },
  ],
};

/** Checks every tag is closed in order; returns the tag names opened. */
function checkWellFormed(svg: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-z]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name, attributes, selfClosing] = match;
    assert.not.match(attributes, /[<&](?!amp;|lt;|gt;|quot;)/);
    if (closing) assert.is(stack.pop(), name);
    else if (!selfClosing) stack.push(name);
    if (!closing) names.push(name);
  }
  assert.equal(stack, []);
  return names;
}

function polylines(svg: string): number[][][] {
  return [...svg.matchAll(/<polyline [^>]*points="([^"]*)"/g)].map((match) => match[1].split(" ").map((pair) => pair.split(",").map(Number)));
}

test("the SVG is well formed, with text escaped", () => {
  const svg = renderPlot(plot);
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  const names = checkWellFormed(svg);
  assert.ok(names.includes("polyline") && names.includes("text"));
  assert.ok(svg.includes("osu_reduce &lt;2 ranks&gt; &amp; MPICH"));
  assert.ok(svg.includes("empty (no data)"));
});

test("points are drawn ascending in x; non-positive ones are dropped", () => {
  const lines = polylines(renderPlot(plot));
  assert.is(lines.length, 2);
  assert.is(lines[0].length, 3);
  for (const line of lines) for (let i = 1; i < line.length; i++) assert.ok(line[i][0] > line[i - 1][0], JSON.stringify(line));
  // y grows upwards on screen: the larger latency has the smaller coordinate.
  assert.ok(lines[1][1][1] < lines[1][0][1]);
});

test("axes are logarithmic: equal ratios take equal distances", () => {
  const axis = logAxis([1, 1048576], 0, 600);
  assert.is(axis.base, 10);
  const step = axis.position(10) - axis.position(1);
  assert.ok(Math.abs(axis.position(1000) - axis.position(100) - step) < 1e-9);
  assert.ok(axis.low <= 1 && axis.high >= 1048576);
  const ranks = logAxis([2, 16], 0, 300);
  assert.is(ranks.base, 2);
  assert.equal(ranks.ticks, [2, 4, 8, 16]);
  assert.ok(Math.abs(ranks.position(4) - ranks.position(2) - (ranks.position(16) - ranks.position(8))) < 1e-9);
  const svg = renderPlot(plot);
  const xTicks = [...svg.matchAll(/<line class="x-tick" x1="([\d.]+)"/g)].map((match) => Number(match[1]));
  const gaps = xTicks.slice(1).map((x, i) => x - xTicks[i]);
  assert.ok(gaps.every((gap) => Math.abs(gap - gaps[0]) < 0.2), JSON.stringify(gaps));
  assert.ok(svg.includes("(log scale)"));
});

test("tick labels: binary multiples as K and M", () => {
  assert.is(tickLabel(1024), "1K");
  assert.is(tickLabel(1048576), "1M");
  assert.is(tickLabel(100), "100");
  assert.is(tickLabel(0.001), "0.001");
});

test.run();

// Size classes (runtime/kernel/memory/size_classes.ts): the sequence of slot
// sizes, the class each request size maps to, and the shape of the spans.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bootMemory } from "./emulated_machine";

const { kernel } = bootMemory(4 * 1024 * 1024, 1);
const classes = kernel.sizeClasses;
const pool = kernel.pools.currentPool();
const PAGE = kernel.layout.PAGE_SIZE;

test("the slot sizes: steps of 16 up to 128, then four per doubling up to 2048", () => {
  const sizes: number[] = [];
  for (let index = 0; index < classes.SIZE_CLASS_COUNT; index++) sizes.push(classes.computeClassSize(index));
  assert.equal(sizes, [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048,
  ]);
  assert.is(sizes[sizes.length - 1], classes.LARGEST_SMALL_SIZE);
});

test("every request size maps to the smallest class that holds it", () => {
  for (let size = 0; size <= classes.LARGEST_SMALL_SIZE; size++) {
    const sizeClass = classes.classForSize(pool, size);
    const slot = classes.classSize(pool, sizeClass);
    assert.ok(slot >= Math.max(size, 1), `size ${size} got slot ${slot}`);
    if (sizeClass > 0) assert.ok(classes.classSize(pool, sizeClass - 1) < size, `size ${size} fits a smaller class`);
  }
});

test("rounding up wastes at most a quarter above 128 bytes", () => {
  for (let size = 129; size <= classes.LARGEST_SMALL_SIZE; size++) {
    const slot = classes.classSize(pool, classes.classForSize(pool, size));
    assert.ok((slot - size) / size < 0.25, `size ${size} -> ${slot}`);
  }
});

test("spans: one page up to 256 bytes, four above; at most 256 slots; tail under 7%", () => {
  for (let index = 0; index < classes.SIZE_CLASS_COUNT; index++) {
    const size = classes.classSize(pool, index);
    const pages = classes.classPages(pool, index);
    const slots = classes.classSlots(pool, index);
    assert.is(pages, size <= 256 ? 1 : 4, `pages of class ${size}`);
    assert.is(slots, Math.floor((pages * PAGE) / size));
    assert.ok(slots <= 256, `slots of class ${size}`);
    assert.ok((pages * PAGE - slots * size) / (pages * PAGE) < 0.07, `tail of class ${size}`);
  }
});

test("free-run bins: exact up to 8 pages, then one per doubling", () => {
  const bins = kernel.pageRuns;
  assert.equal([1, 2, 8, 9, 15, 16, 31, 32, 1000].map((pages) => bins.binFor(pages)), [0, 1, 7, 8, 8, 9, 9, 10, 14]);
});

test.run();

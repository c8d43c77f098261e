// The queue block's layout (runtime/virtio/split_ring.ts): the module's own
// consistency check, the ring-size rule the 16-bit indices rely on, the
// exported offsets against the ones its header documents, and what
// initialiseQueue leaves in a zeroed block.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { QueueMachine } from "./queue_machine";
import { DOCUMENTED, RawQueue } from "./raw_queue";

const machine = new QueueMachine();
const ring = machine.modules.splitRing;

test("layoutConsistent() holds", () => {
  assert.is(ring.layoutConsistent(), true);
});

test("QUEUE_SIZE is a power of two that divides 65,536, and QUEUE_MASK is QUEUE_SIZE - 1", () => {
  assert.is(65536 % ring.QUEUE_SIZE, 0);
  assert.ok(ring.QUEUE_SIZE > 0 && Number.isInteger(Math.log2(ring.QUEUE_SIZE)), `${ring.QUEUE_SIZE}`);
  assert.is(ring.QUEUE_MASK, ring.QUEUE_SIZE - 1);
});

test("the exported offsets are the documented ones", () => {
  assert.is(ring.QUEUE_SIZE, DOCUMENTED.QUEUE_SIZE);
  assert.is(ring.SLOT_BYTES, DOCUMENTED.SLOT_BYTES);
  assert.is(ring.DESCRIPTOR_TABLE, 0);
  assert.is(ring.DESCRIPTOR_BYTES, DOCUMENTED.DESCRIPTOR_BYTES);
  assert.is(ring.AVAILABLE_RING, DOCUMENTED.AVAILABLE_RING);
  assert.is(ring.USED_RING, DOCUMENTED.USED_RING);
  assert.is(ring.SENDER_LINE, DOCUMENTED.SENDER_LINE);
  assert.is(ring.RECEIVER_LINE, DOCUMENTED.RECEIVER_LINE);
  assert.is(ring.OWNED_BLOCKS, DOCUMENTED.OWNED_BLOCKS);
  assert.is(ring.SLOTS, DOCUMENTED.SLOTS);
  assert.is(ring.QUEUE_BYTES, DOCUMENTED.SLOTS + DOCUMENTED.QUEUE_SIZE * DOCUMENTED.SLOT_BYTES);
  assert.is(ring.VIRTQ_DESC_F_NEXT, DOCUMENTED.DESC_F_NEXT);
});

test("the documented parts follow one another without overlapping", () => {
  const size = DOCUMENTED.QUEUE_SIZE;
  const parts: [string, number, number][] = [
    ["descriptors", 0, size * 16],
    ["available ring", DOCUMENTED.AVAILABLE_RING, 2 + 2 + size * 2 + 2],
    ["used ring", DOCUMENTED.USED_RING, 2 + 2 + size * 8 + 2],
    ["sender's line", DOCUMENTED.SENDER_LINE, 64],
    ["receiver's line", DOCUMENTED.RECEIVER_LINE, 64],
    ["owned blocks", DOCUMENTED.OWNED_BLOCKS, size * 8],
    ["slots", DOCUMENTED.SLOTS, size * DOCUMENTED.SLOT_BYTES],
  ];
  for (let index = 1; index < parts.length; index++) {
    const [name, start] = parts[index];
    const [previous, previousStart, previousBytes] = parts[index - 1];
    assert.ok(previousStart + previousBytes <= start, `${previous} runs into ${name}`);
  }
  const [, slotsStart, slotsBytes] = parts[parts.length - 1];
  assert.is(slotsStart + slotsBytes, ring.QUEUE_BYTES);
});

test("COPY_LIMIT fits a quarter of the ring's slots", () => {
  assert.ok(ring.COPY_LIMIT > DOCUMENTED.SLOT_BYTES);
  assert.ok(Math.ceil(ring.COPY_LIMIT / DOCUMENTED.SLOT_BYTES) <= DOCUMENTED.QUEUE_SIZE / 4);
});

test("initialiseQueue sets both no-notification flags and the cores, and nothing else", () => {
  const queue = machine.newQueue(3, 5);
  const raw = new RawQueue(machine, queue);
  assert.is(raw.availableFlags(), 1, "VIRTQ_AVAIL_F_NO_INTERRUPT");
  assert.is(raw.usedFlags(), 1, "VIRTQ_USED_F_NO_NOTIFY");
  assert.is(raw.senderCore(), 3);
  assert.is(raw.receiverCore(), 5);
  assert.is(raw.availableIndex(), 0);
  assert.is(raw.usedIndex(), 0);
  const expectedNonZero = new Set([
    DOCUMENTED.AVAILABLE_RING,
    DOCUMENTED.USED_RING,
    DOCUMENTED.SENDER_LINE + DOCUMENTED.SENDER_CORE,
    DOCUMENTED.RECEIVER_LINE + DOCUMENTED.RECEIVER_CORE,
  ]);
  const block = machine.read(queue, ring.QUEUE_BYTES);
  block.forEach((value, offset) => {
    if (value !== 0) assert.ok(expectedNonZero.has(offset), `byte ${offset} is ${value}`);
  });
});

test.run();

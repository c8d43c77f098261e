// Copied messages (runtime/virtio/transmit.ts postCopied, receive.ts): the
// bytes come out whole with their length, the chain is built as split_ring.ts
// documents it (consecutive descriptors, each pointing at its own slot,
// VIRTQ_DESC_F_NEXT on all but the last), and each message moves avail.idx
// and used.idx, read raw from the block, by exactly one. Expected values come
// from the documented layout (raw_queue.ts), not from the module.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SeededRandom, testSeed } from "../lang/seeded_random";
import { QueueMachine } from "./queue_machine";
import { DOCUMENTED, RawQueue, expectedSlots } from "./raw_queue";

const SIZE = DOCUMENTED.QUEUE_SIZE;
const GUARD = 0xa5;
const GUARD_BYTES = 64;
const random = new SeededRandom(testSeed());

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index++) bytes[index] = random.nextBelow(256);
  return bytes;
}

interface Fixture {
  machine: QueueMachine;
  queue: number;
  raw: RawQueue;
  source: number;
  destination: number;
}

function setUp(): Fixture {
  const machine = new QueueMachine();
  const queue = machine.newQueue();
  const copyLimit = machine.modules.splitRing.COPY_LIMIT;
  return {
    machine,
    queue,
    raw: new RawQueue(machine, queue),
    source: machine.allocate(copyLimit),
    destination: machine.allocate(copyLimit + GUARD_BYTES),
  };
}

/**
 * Checks the chain headed by `head` against the documented form for `data`:
 * `expectedSlots` descriptors from `head` on, mod QUEUE_SIZE, each pointing
 * at its own slot holding its part of the message.
 */
function checkChain(fixture: Fixture, head: number, data: Uint8Array): void {
  const count = expectedSlots(data.length);
  for (let link = 0; link < count; link++) {
    const index = (head + link) % SIZE;
    const descriptor = fixture.raw.descriptor(index);
    const start = link * DOCUMENTED.SLOT_BYTES;
    const length = Math.min(DOCUMENTED.SLOT_BYTES, data.length - start);
    const last = link === count - 1;
    assert.is(descriptor.address, fixture.raw.slotAddress(index), `descriptor ${index}: slot`);
    assert.is(descriptor.length, length, `descriptor ${index}: length`);
    assert.is(descriptor.flags, last ? 0 : DOCUMENTED.DESC_F_NEXT, `descriptor ${index}: flags`);
    if (!last) assert.is(descriptor.next, (index + 1) % SIZE, `descriptor ${index}: next`);
    assert.equal(fixture.machine.read(descriptor.address, length), data.subarray(start, start + length), `slot ${index}`);
  }
}

/**
 * Sends `data` copied and receives it, checking everything on the way;
 * `entry` is the number of messages the queue carried before. Returns the
 * chain's head.
 */
function sendAndReceive(fixture: Fixture, data: Uint8Array, entry: number, expectedHead: number): number {
  const { machine, queue, raw, source, destination } = fixture;
  const { transmit, receive } = machine.modules;
  machine.write(source, data);
  assert.is(raw.availableIndex(), entry % 65536);
  assert.is(transmit.postCopied(queue, source, data.length), true, `post ${data.length} bytes`);
  assert.is(raw.availableIndex(), (entry + 1) % 65536, "avail.idx moved by one");
  assert.is(raw.usedIndex(), entry % 65536, "used.idx not yet moved");
  const head = raw.availableEntry(entry);
  assert.is(head, expectedHead, "the chain starts at the next descriptor round robin");
  checkChain(fixture, head, data);

  // The sender may reuse its buffer at once: the message is a copy.
  machine.write(source, data.map((value) => value ^ 0xff));
  machine.bytes.fill(GUARD, destination, destination + data.length + GUARD_BYTES);

  assert.is(receive.messagesWaiting(queue), 1);
  assert.is(receive.nextHead(queue), head);
  assert.is(receive.messageLength(queue, head), data.length);
  receive.copyMessage(queue, head, destination);
  assert.equal(machine.read(destination, data.length), data, `${data.length} bytes come out as they went in`);
  const after = machine.read(destination + data.length, GUARD_BYTES);
  assert.ok(after.every((value) => value === GUARD), "nothing written past the message");
  receive.completeMessage(queue, head, data.length);
  assert.is(raw.usedIndex(), (entry + 1) % 65536, "used.idx moved by one");
  assert.equal(raw.usedEntry(entry), { id: head, length: data.length }, "the used element names the chain and its length");
  assert.is(raw.availableIndex(), (entry + 1) % 65536, "the receiver left avail.idx alone");
  assert.is(receive.messagesWaiting(queue), 0);
  return head;
}

test("slotsFor: one descriptor per started slot, one for an empty message, over 0..COPY_LIMIT", () => {
  const { transmit, splitRing } = new QueueMachine().modules;
  for (let length = 0; length <= splitRing.COPY_LIMIT; length++) {
    const slots = transmit.slotsFor(length);
    if (slots !== expectedSlots(length)) assert.unreachable(`slotsFor(${length}) is ${slots}, not ${expectedSlots(length)}`);
  }
  assert.is(transmit.slotsFor(splitRing.COPY_LIMIT), 32);
});

for (const length of [0, 1, 255, 256, 257, 511, 512, 513, 8191, 8192]) {
  test(`a copied message of ${length} bytes comes out whole, in ${expectedSlots(length)} chained descriptors`, () => {
    const fixture = setUp();
    sendAndReceive(fixture, randomBytes(length), 0, 0);
  });
}

test("COPY_LIMIT is 8192, the longest length tried above", () => {
  assert.is(new QueueMachine().modules.splitRing.COPY_LIMIT, 8192);
});

test("successive messages take successive descriptors round robin, a chain wrapping past the last descriptor", () => {
  const fixture = setUp();
  const lengths = [
    ...new Array<number>(100).fill(0),
    8192, // descriptors 100..127, 0..3
    0, 1, 256, 257, 8192, 300, 8000, 5000,
  ];
  let nextDescriptor = 0;
  lengths.forEach((length, entry) => {
    const head = sendAndReceive(fixture, randomBytes(length), entry, nextDescriptor);
    nextDescriptor = (head + expectedSlots(length)) % SIZE;
  });
  assert.is(fixture.raw.descriptor(127).next, 0, "the wrapping chain went on at descriptor 0");
  assert.is(fixture.raw.availableIndex(), lengths.length);
  assert.is(fixture.raw.usedIndex(), lengths.length);
});

test("several messages posted before the receiver looks come out in order", () => {
  const fixture = setUp();
  const { machine, queue, raw, source, destination } = fixture;
  const { transmit, receive } = machine.modules;
  const messages = [700, 0, 256, 1, 3000].map(randomBytes);
  messages.forEach((data, entry) => {
    machine.write(source, data);
    assert.ok(transmit.postCopied(queue, source, data.length));
    assert.is(raw.availableIndex(), entry + 1);
  });
  assert.is(receive.messagesWaiting(queue), messages.length);
  messages.forEach((data, entry) => {
    const head = receive.nextHead(queue);
    assert.is(receive.messageLength(queue, head), data.length);
    receive.copyMessage(queue, head, destination);
    assert.equal(machine.read(destination, data.length), data, `message ${entry}`);
    receive.completeMessage(queue, head, data.length);
    assert.is(raw.usedIndex(), entry + 1);
    assert.is(receive.messagesWaiting(queue), messages.length - entry - 1);
  });
});

test.run();

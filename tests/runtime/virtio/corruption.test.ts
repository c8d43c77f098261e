// A corrupted queue is a panic, never a hang or a stray access
// (runtime/virtio/receive.ts): a descriptor chain that loops makes
// messageLength panic, and an available entry naming a descriptor outside the
// table makes nextHead panic. The corruption is written raw into the block
// (raw_queue.ts), as a stray store would. An access budget turns a loop that
// does not stop into a test failure instead of a hung test.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AccessBudgetExceeded, QueueMachine, expectQueuePanic } from "./queue_machine";
import { DOCUMENTED, RawQueue } from "./raw_queue";

const SIZE = DOCUMENTED.QUEUE_SIZE;
const NEXT = DOCUMENTED.DESC_F_NEXT;
/** Far more accesses than walking a ring-long chain takes, far fewer than a loop that does not stop. */
const ACCESS_BUDGET = 100_000;

/** A queue holding one copied message of `length` bytes, not yet taken: its descriptors start at 0. */
function queueWithMessage(length: number): { machine: QueueMachine; queue: number; raw: RawQueue } {
  const machine = new QueueMachine();
  const queue = machine.newQueue();
  const source = machine.allocate(length);
  assert.ok(machine.modules.transmit.postCopied(queue, source, length));
  return { machine, queue, raw: new RawQueue(machine, queue) };
}

/** Makes descriptor `from` go on at `to`. */
function link(raw: RawQueue, from: number, to: number): void {
  raw.setDescriptor(from, { ...raw.descriptor(from), flags: NEXT, next: to });
}

/** Links 2 -> 3 -> ... -> QUEUE_SIZE - 1 -> 1: after a 3-descriptor chain 0 -> 1 -> 2, a loop through every descriptor but 0. */
function ringLoop(): [number, number][] {
  const links: [number, number][] = [];
  for (let from = 2; from < SIZE - 1; from++) links.push([from, from + 1]);
  links.push([SIZE - 1, 1]);
  return links;
}

/** Name, message length (600 bytes: descriptors 0, 1, 2), and the links that corrupt its chain. */
const loops: [string, number, [number, number][]][] = [
  ["a one-descriptor chain pointing at itself", 1, [[0, 0]]],
  ["a three-descriptor chain whose last goes back to the head", 600, [[2, 0]]],
  ["a chain that loops below its head (0 -> 1 -> 2 -> 1)", 600, [[2, 1]]],
  ["a chain whose loop spans the whole ring", 600, ringLoop()],
];

for (const [name, length, links] of loops) {
  test(`${name}: messageLength panics instead of looping`, () => {
    const { machine, queue, raw } = queueWithMessage(length);
    const { receive } = machine.modules;
    assert.is(receive.nextHead(queue), 0);
    for (const [from, to] of links) link(raw, from, to);
    machine.limitAccesses(ACCESS_BUDGET);
    const panic = expectQueuePanic(() => receive.messageLength(queue, 0));
    assert.match(panic.message, "longer than the ring");
    assert.match(panic.message, `virtio queue at ${queue}`);
  });
}

test("a chain of all QUEUE_SIZE descriptors is not corruption: messageLength and copyMessage follow it to the end", () => {
  const machine = new QueueMachine();
  const queue = machine.newQueue();
  const raw = new RawQueue(machine, queue);
  const { receive } = machine.modules;
  const expected = new Uint8Array(SIZE * 10);
  for (let index = 0; index < SIZE; index++) {
    const head = (index + 5) % SIZE;
    const bytes = new Uint8Array(10).fill(index + 1);
    expected.set(bytes, index * 10);
    machine.write(raw.slotAddress(head), bytes);
    const last = index === SIZE - 1;
    const next = last ? 0 : (head + 1) % SIZE;
    raw.setDescriptor(head, { address: raw.slotAddress(head), length: 10, flags: last ? 0 : NEXT, next });
  }
  raw.setAvailableEntry(0, 5);
  raw.setAvailableIndex(1);
  machine.limitAccesses(ACCESS_BUDGET);
  assert.is(receive.messagesWaiting(queue), 1);
  assert.is(receive.nextHead(queue), 5);
  assert.is(receive.messageLength(queue, 5), SIZE * 10);
  const destination = machine.allocate(expected.length);
  receive.copyMessage(queue, 5, destination);
  assert.equal(machine.read(destination, expected.length), expected);
});

for (const head of [SIZE, SIZE + 1, 0xffff]) {
  test(`an available entry naming descriptor ${head} (>= QUEUE_SIZE) makes nextHead panic`, () => {
    const { machine, queue, raw } = queueWithMessage(100);
    raw.setAvailableEntry(0, head);
    const panic = expectQueuePanic(() => machine.modules.receive.nextHead(queue));
    assert.match(panic.message, `names descriptor ${head} of ${SIZE}`);
  });
}

test("an available entry naming the last descriptor is taken as it is", () => {
  const { machine, queue, raw } = queueWithMessage(100);
  raw.setAvailableEntry(0, SIZE - 1);
  assert.is(machine.modules.receive.nextHead(queue), SIZE - 1);
});

test("the access budget itself stops a loop that does not end", () => {
  const machine = new QueueMachine();
  const queue = machine.newQueue();
  machine.limitAccesses(10);
  assert.throws(() => {
    for (;;) machine.modules.receive.messagesWaiting(queue);
  }, (error: unknown) => error instanceof AccessBudgetExceeded);
});

test.run();

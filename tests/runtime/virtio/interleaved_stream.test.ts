// A long stream through one queue (runtime/virtio/transmit.ts, receive.ts)
// with the sender and the receiver taking turns at random: the sender posts
// until the queue is full (or it stops early), the receiver drains some. Over
// 200,000 messages of seeded pseudo-random lengths avail.idx and used.idx
// wrap past 65,535 several times. Checked against the test's own model:
//   - every message comes out whole, with its length, in sending order, from
//     the descriptor that round-robin hand-out predicts;
//   - avail.idx and used.idx, read raw, are the published and consumed
//     counts mod 65,536;
//   - postCopied refuses exactly when the descriptors of the messages the
//     receiver has not completed, plus the new message's, exceed QUEUE_SIZE;
//     topping up with one-descriptor messages, the refusal comes exactly at
//     QUEUE_SIZE outstanding descriptors.
// Message bytes are windows of a random pool at random offsets, so two
// messages of one length almost never share their bytes and a swap or a mix
// shows. TOROTSC_TEST_SEED replays a failing run (seeded_random.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SeededRandom, testSeed } from "../lang/seeded_random";
import { QueueMachine } from "./queue_machine";
import { DOCUMENTED, RawQueue, expectedSlots } from "./raw_queue";

const MESSAGES = 200_000;
const SIZE = DOCUMENTED.QUEUE_SIZE;
const COPY_LIMIT = 8192;
const POOL_OFFSETS = 16384;
const BOUNDARY_LENGTHS = [0, 1, 255, 256, 257, 511, 512, 513, 8191, 8192];
const GUARD = 0xa5;

interface Message {
  offset: number;
  length: number;
  head: number;
}

class StreamModel {
  /** Messages posted and not yet completed by the receiver, oldest first. */
  readonly inFlight: Message[] = [];
  outstandingDescriptors = 0;
  published = 0;
  consumed = 0;
  nextDescriptor = 0;

  posted(offset: number, length: number): void {
    this.inFlight.push({ offset, length, head: this.nextDescriptor });
    this.nextDescriptor = (this.nextDescriptor + expectedSlots(length)) % SIZE;
    this.outstandingDescriptors += expectedSlots(length);
    this.published++;
  }

  completed(): Message {
    const message = this.inFlight.shift();
    if (!message) throw new Error("the model has nothing in flight");
    this.outstandingDescriptors -= expectedSlots(message.length);
    this.consumed++;
    return message;
  }

  fits(length: number): boolean {
    return this.outstandingDescriptors + expectedSlots(length) <= SIZE;
  }
}

/** Counts how often a raw 16-bit index went down, i.e. wrapped past 65,535. */
class WrapCounter {
  wraps = 0;
  private last = 0;

  see(value: number): void {
    if (value < this.last) this.wraps++;
    this.last = value;
  }
}

test("200,000 messages stay whole and in order while the indices wrap, and full means QUEUE_SIZE descriptors out", () => {
  const random = new SeededRandom(testSeed());
  const machine = new QueueMachine();
  const { transmit, receive } = machine.modules;
  const queue = machine.newQueue();
  const raw = new RawQueue(machine, queue);
  const pool = new Uint8Array(POOL_OFFSETS + COPY_LIMIT);
  for (let index = 0; index < pool.length; index++) pool[index] = random.nextBelow(256);
  const poolAddress = machine.allocate(pool.length);
  machine.write(poolAddress, pool);
  const destination = machine.allocate(COPY_LIMIT + 1);

  const model = new StreamModel();
  const availableWraps = new WrapCounter();
  const usedWraps = new WrapCounter();
  let sent = 0;
  let refusals = 0;
  let fullAtQueueSize = 0;
  let candidate: { offset: number; length: number } | undefined;

  const nextCandidate = (): { offset: number; length: number } => {
    const length =
      random.nextBelow(8) === 0 ? BOUNDARY_LENGTHS[random.nextBelow(BOUNDARY_LENGTHS.length)] : random.nextBetween(0, COPY_LIMIT);
    return { offset: random.nextBelow(POOL_OFFSETS), length };
  };

  /** Posts one message, checking the refusal against the model; true when it went in. */
  const post = (offset: number, length: number): boolean => {
    const fits = model.fits(length);
    const accepted = transmit.postCopied(queue, poolAddress + offset, length);
    if (accepted !== fits) {
      const outstanding = model.outstandingDescriptors;
      assert.unreachable(`message ${model.published}: postCopied(${length} bytes) gave ${accepted}, ${outstanding} descriptors out`);
    }
    if (accepted) model.posted(offset, length);
    const availableIndex = raw.availableIndex();
    if (availableIndex !== model.published % 65536) assert.unreachable(`avail.idx ${availableIndex} after ${model.published} entries`);
    availableWraps.see(availableIndex);
    return accepted;
  };

  const senderTurn = (): void => {
    const attempts = random.nextBetween(1, 48);
    for (let attempt = 0; attempt < attempts && sent < MESSAGES; attempt++) {
      candidate ??= nextCandidate();
      if (!post(candidate.offset, candidate.length)) {
        refusals++;
        break;
      }
      candidate = undefined;
      sent++;
    }
    if (random.nextBelow(4) === 0) {
      // Top up with empty (one-descriptor) messages until refused: refused exactly at QUEUE_SIZE.
      while (post(0, 0)) {
        if (model.outstandingDescriptors > SIZE) assert.unreachable("more than QUEUE_SIZE descriptors accepted");
      }
      if (model.outstandingDescriptors !== SIZE) {
        assert.unreachable(`a one-descriptor message refused with ${model.outstandingDescriptors} outstanding`);
      }
      fullAtQueueSize++;
    }
  };

  const receiverTurn = (): void => {
    const waiting = receive.messagesWaiting(queue);
    if (waiting !== model.inFlight.length) assert.unreachable(`messagesWaiting ${waiting}, ${model.inFlight.length} in flight`);
    const take = random.nextBelow(3) === 0 ? waiting : random.nextBetween(0, waiting);
    for (let taken = 0; taken < take; taken++) {
      const expected = model.inFlight[0];
      const head = receive.nextHead(queue);
      if (head !== expected.head) assert.unreachable(`entry ${model.consumed}: head ${head}, expected ${expected.head}`);
      const length = receive.messageLength(queue, head);
      if (length !== expected.length) assert.unreachable(`entry ${model.consumed}: length ${length}, expected ${expected.length}`);
      machine.bytes[destination + length] = GUARD;
      receive.copyMessage(queue, head, destination);
      const received = machine.bytes.subarray(destination, destination + length);
      if (Buffer.compare(received, pool.subarray(expected.offset, expected.offset + length)) !== 0) {
        assert.unreachable(`entry ${model.consumed}: the ${length} bytes differ from what was sent`);
      }
      if (machine.bytes[destination + length] !== GUARD) assert.unreachable(`entry ${model.consumed}: copied past its end`);
      receive.completeMessage(queue, head, length);
      model.completed();
      const usedIndex = raw.usedIndex();
      if (usedIndex !== model.consumed % 65536) assert.unreachable(`used.idx ${usedIndex} after ${model.consumed} entries`);
      usedWraps.see(usedIndex);
    }
  };

  while (sent < MESSAGES || model.inFlight.length > 0) {
    senderTurn();
    receiverTurn();
  }

  assert.is(receive.messagesWaiting(queue), 0);
  assert.ok(availableWraps.wraps >= 3, `avail.idx wrapped ${availableWraps.wraps} times`);
  assert.ok(usedWraps.wraps >= 3, `used.idx wrapped ${usedWraps.wraps} times`);
  assert.is(availableWraps.wraps, Math.floor(model.published / 65536));
  assert.ok(refusals > 1000, `the queue was full only ${refusals} times`);
  assert.ok(fullAtQueueSize > 1000, `topped up to full only ${fullAtQueueSize} times`);
});

test.run();

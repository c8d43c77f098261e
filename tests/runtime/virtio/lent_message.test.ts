// Lent messages (runtime/virtio/transmit.ts postLent, entryCompleted): one
// descriptor pointing at the sender's buffer, which stays in use until the
// receiver hands the entry back; an owned block is given to heap.free exactly
// once, when the sender takes its entry back, and a non-owned one (0) never.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SeededRandom, testSeed } from "../lang/seeded_random";
import { QueueMachine } from "./queue_machine";
import { DOCUMENTED, RawQueue, expectedSlots } from "./raw_queue";

const SIZE = DOCUMENTED.QUEUE_SIZE;
const random = new SeededRandom(testSeed());

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index++) bytes[index] = random.nextBelow(256);
  return bytes;
}

function setUp(): { machine: QueueMachine; queue: number; raw: RawQueue } {
  const machine = new QueueMachine(4 * 1024 * 1024);
  const queue = machine.newQueue();
  return { machine, queue, raw: new RawQueue(machine, queue) };
}

/** The receiver takes the next message, checks it is `expected`, and completes it. */
function receiveOne(machine: QueueMachine, queue: number, destination: number, expected: Uint8Array): void {
  const { receive } = machine.modules;
  const head = receive.nextHead(queue);
  assert.is(receive.messageLength(queue, head), expected.length);
  receive.copyMessage(queue, head, destination);
  assert.equal(machine.read(destination, expected.length), expected);
  receive.completeMessage(queue, head, expected.length);
}

test("a lent message's descriptor points at the lent buffer; its entry completes only once the receiver hands it back", () => {
  const { machine, queue, raw } = setUp();
  const { transmit, receive } = machine.modules;
  const data = randomBytes(20000);
  const buffer = machine.allocate(data.length);
  const destination = machine.allocate(data.length);
  machine.write(buffer, data);

  const entry = transmit.postLent(queue, buffer, data.length, 0);
  assert.is(entry, 0, "the first entry is entry 0");
  assert.is(raw.availableIndex(), 1);
  const head = raw.availableEntry(0);
  assert.is(head, 0);
  const descriptor = raw.descriptor(head);
  assert.is(descriptor.address, buffer, "the descriptor points at the lent buffer, not a slot");
  assert.is(descriptor.length, data.length);
  assert.is(descriptor.flags, 0, "one descriptor, no VIRTQ_DESC_F_NEXT");
  assert.is(raw.ownedBlock(head), 0);
  assert.is(transmit.entryCompleted(queue, entry), false, "not completed before the receiver looked");

  assert.is(receive.messagesWaiting(queue), 1);
  assert.is(receive.nextHead(queue), head);
  assert.is(receive.messageLength(queue, head), data.length);
  receive.copyMessage(queue, head, destination);
  assert.equal(machine.read(destination, data.length), data);
  assert.is(transmit.entryCompleted(queue, entry), false, "not completed while the receiver still reads");

  receive.completeMessage(queue, head, data.length);
  assert.is(raw.usedIndex(), 1);
  assert.equal(raw.usedEntry(0), { id: head, length: data.length });
  assert.is(transmit.entryCompleted(queue, entry), true, "completed once handed back");
  assert.is(transmit.entryCompleted(queue, entry), true, "and stays completed");

  const second = transmit.postLent(queue, buffer, 10, 0);
  assert.is(second, 1, "entries are numbered in posting order");
  assert.is(raw.availableEntry(1), 1, "the next descriptor round robin");
  assert.is(transmit.entryCompleted(queue, second), false);
  assert.is(transmit.entryCompleted(queue, entry), true, "an older entry stays completed");
  receiveOne(machine, queue, destination, data.subarray(0, 10));
  assert.is(transmit.entryCompleted(queue, second), true);
  assert.equal(machine.freed, [], "nothing owned, nothing freed");
});

test("an owned block is freed once, when its entry is taken back, and never again as the ring comes round", () => {
  const { machine, queue, raw } = setUp();
  const { transmit } = machine.modules;
  const data = randomBytes(9000);
  const block = machine.allocate(data.length);
  const destination = machine.allocate(data.length);
  machine.write(block, data);

  const entry = transmit.postLent(queue, block, data.length, block);
  assert.is(raw.ownedBlock(raw.availableEntry(0)), block, "recorded against the chain's head");
  receiveOne(machine, queue, destination, data);
  assert.equal(machine.freed, [], "the receiver does not free: the sender has not taken the entry back yet");
  assert.is(transmit.entryCompleted(queue, entry), true);
  assert.equal(machine.freed, [block], "freed when the sender took the entry back");
  assert.is(raw.ownedBlock(0), 0);

  // Three times round the ring with copied messages, the sender taking entries back as it goes.
  const source = machine.allocate(300);
  const message = randomBytes(300);
  machine.write(source, message);
  for (let round = 0; round < 3 * SIZE; round++) {
    assert.ok(transmit.postCopied(queue, source, message.length));
    receiveOne(machine, queue, destination, message);
    transmit.entryCompleted(queue, entry);
    transmit.reserveDescriptors(queue, SIZE);
  }
  assert.equal(machine.freed, [block], "still exactly once");
});

test("postLent refuses with NO_ENTRY when every descriptor is out, and the refused block is neither kept nor freed", () => {
  const { machine, queue, raw } = setUp();
  const { transmit, receive } = machine.modules;
  assert.is(transmit.NO_ENTRY, -1);
  const blocks = Array.from({ length: SIZE }, () => machine.allocate(64));
  blocks.forEach((block, index) => assert.is(transmit.postLent(queue, block, 64, block), index));
  const refused = machine.allocate(64);
  assert.is(transmit.postLent(queue, refused, 64, refused), -1);
  assert.is(raw.availableIndex(), SIZE, "the refused message was not published");

  for (let index = 0; index < SIZE; index++) {
    const head = receive.nextHead(queue);
    assert.is(raw.descriptor(head).address, blocks[index]);
    receive.completeMessage(queue, head, 64);
  }
  assert.equal(machine.freed, []);
  assert.is(transmit.entryCompleted(queue, SIZE - 1), true);
  assert.equal(machine.freed, blocks, "every owned block, in order, once");
  assert.ok(!machine.freed.includes(refused));
});

test("mixed copied, owned and non-owned messages round after round: exactly the owned blocks are freed, once each, in order", () => {
  const { machine, queue, raw } = setUp();
  const { transmit, receive } = machine.modules;
  const shared = machine.allocate(20000);
  const sharedData = randomBytes(20000);
  machine.write(shared, sharedData);
  const destination = machine.allocate(20000);
  /** Owned blocks of the entries the receiver has completed, in posting order. */
  const ownedCompleted: number[] = [];
  const refusedBlocks: number[] = [];
  let published = 0;

  /** What has been freed so far must be the owned blocks of the first completed entries. */
  const checkFreedIsPrefix = (): void => {
    const freed = machine.freed;
    if (freed.length > ownedCompleted.length || freed.some((block, index) => block !== ownedCompleted[index])) {
      assert.unreachable(`freed ${freed.join(",")} is not a prefix of ${ownedCompleted.join(",")}`);
    }
  };

  for (let round = 0; round < 40; round++) {
    // The sender posts until refused; a refusal means it took back every entry the receiver completed.
    const sent: { data: Uint8Array; owned: number }[] = [];
    let outstanding = 0;
    for (;;) {
      const kind = random.nextBelow(3);
      if (kind === 0) {
        const data = sharedData.subarray(0, random.nextBetween(0, 8192));
        const accepted = transmit.postCopied(queue, shared, data.length);
        assert.is(accepted, outstanding + expectedSlots(data.length) <= SIZE);
        if (!accepted) break;
        outstanding += expectedSlots(data.length);
        sent.push({ data, owned: 0 });
      } else {
        // The lent buffer is the shared one; an owned message names a distinct small block to free.
        const length = random.nextBetween(8193, 20000);
        const owned = kind === 1 ? machine.allocate(16) : 0;
        const entry = transmit.postLent(queue, shared, length, owned);
        if (outstanding === SIZE) {
          assert.is(entry, -1);
          if (owned !== 0) refusedBlocks.push(owned);
          break;
        }
        assert.is(entry, published + sent.length, "entry numbers count every message");
        outstanding++;
        sent.push({ data: sharedData.subarray(0, length), owned });
      }
      checkFreedIsPrefix();
    }
    assert.equal(machine.freed, ownedCompleted, "after a refusal, every completed entry's block is freed");
    published += sent.length;
    assert.is(raw.availableIndex(), published % 65536);

    assert.is(receive.messagesWaiting(queue), sent.length);
    for (const message of sent) receiveOne(machine, queue, destination, message.data);
    assert.equal(machine.freed, ownedCompleted, "nothing freed until the sender takes entries back");
    for (const message of sent) if (message.owned !== 0) ownedCompleted.push(message.owned);
  }
  assert.is(transmit.entryCompleted(queue, published - 1), true);
  assert.equal(machine.freed, ownedCompleted, "every owned block once, in posting order");
  assert.ok(ownedCompleted.length > 100, `only ${ownedCompleted.length} owned blocks`);
  assert.ok(!machine.freed.includes(0), "0 (not owned) is never freed");
  assert.ok(!machine.freed.some((block) => refusedBlocks.includes(block)), "a refused message's block is not the queue's");
});

test.run();

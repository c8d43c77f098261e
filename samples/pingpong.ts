// Ping-pong over the virtio bus (`torotsc run samples/pingpong.ts --cores 3`),
// in the form of Toro's demo: every core reports the queues it receives on,
// core 0 sends `ping` to every other core, and each answers `pong`. A line is
// printed by the core that received the message, from the bytes it received.
import { cores, exit, rank } from "toro/kernel";
import { BUS_OK, queueReady, recvFrom, sendTo } from "toro/virtio";

const me: i32 = rank();

function encode(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index: i32 = 0; index < text.length; index++) {
    bytes[index] = u8(text.charCodeAt(index));
  }
  return bytes;
}

function decode(bytes: Uint8Array, length: i32): string {
  let text = "";
  for (let index: i32 = 0; index < length; index++) {
    text += String.fromCharCode(u16(bytes[index]));
  }
  return text;
}

function send(to: i32, text: string): void {
  const bytes = encode(text);
  if (sendTo(to, bytes, bytes.length) !== BUS_OK) {
    console.log(`Core[${me}]: core ${to} ended before it could receive`);
    exit(1);
  }
}

/** Receives one message from `from` and prints it as Toro's demo does. */
function receiveAndShow(from: i32): string {
  const buffer = new Uint8Array(64);
  const length: i32 = recvFrom(from, buffer);
  if (length < 0) {
    console.log(`Core[${me}]: receive from core ${from} failed with ${length}`);
    exit(1);
  }
  const text = decode(buffer, length);
  console.log(`Core[${from}] -> Core[${me}]: ${text}`);
  return text;
}

for (let from: i32 = 0; from < cores(); from++) {
  if (from !== me && queueReady(from, me)) {
    console.log(`VirtIOBus: Core[${from}]->Core[${me}] queue has been initiated`);
  }
}

if (me === 0) {
  for (let core: i32 = 1; core < cores(); core++) {
    send(core, "ping");
  }
  for (let core: i32 = 1; core < cores(); core++) {
    receiveAndShow(core);
  }
} else {
  receiveAndShow(0);
  send(0, "pong");
}

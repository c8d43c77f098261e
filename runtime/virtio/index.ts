// toro/virtio: messages between cores, over lock-free queues in the virtio
// split-ring layout, one queue per ordered pair of cores (README.md beside
// this file explains the layout, the ordering rules and when a waiting core
// is interrupted).
//
//   sendTo(core, buf, len)   sends the first `len` bytes of `buf` to `core`
//                            (this core included) as one message, waiting
//                            while the queue is full; returns BUS_OK once
//                            `buf` may be reused, or BUS_PEER_ENDED.
//   trySend(core, buf, len)  the same without waiting: BUS_OK,
//                            BUS_WOULD_BLOCK (nothing was sent) or
//                            BUS_PEER_ENDED.
//   recvFrom(core, buf)      waits for the next message from `core`, or from
//                            any core with ANY_CORE, and copies it into
//                            `buf`: its length, BUS_TRUNCATED (it does not
//                            fit; it stays queued, pendingLength says how
//                            long it is) or BUS_PEER_ENDED (that core's
//                            instance has ended and sent nothing more; from
//                            ANY_CORE, every other core's has).
//   tryRecv(core, buf)       the same without waiting; BUS_EMPTY when
//                            nothing waits.
//   pendingLength(core)      the length of the message recvFrom would take
//                            next, or BUS_EMPTY.
//   receivedFrom()           the core the last message this instance
//                            received came from (read it before yielding
//                            when several threads receive).
//   queueReady(from, to)     true once `to` has made its queue from `from`
//                            (every core makes its queues as it starts).
// Messages may have any length from 0 bytes to the buffer's. Those from one
// core to another arrive whole and in the order sent. None is dropped: a
// message that cannot be delivered is a result the caller sees. A core that
// does not exist, or a length outside the buffer, is a panic.
import { coreCount } from "../kernel/core_identity";
import { panicWithoutLocation } from "../kernel/panic";
import { elementsAddress } from "toro/unsafe";
import {
  BUS_POSTED_PEER_ENDED,
  lastSourceCore,
  pendingBytes,
  queueExists,
  receiveBytes,
  sendBytes,
  trySendBytes,
  tryReceiveBytes,
} from "./bus";

// The same values as bus.ts's i64 results.
export const BUS_OK: i32 = 0;
export const BUS_EMPTY: i32 = -1;
export const BUS_WOULD_BLOCK: i32 = -2;
export const BUS_TRUNCATED: i32 = -3;
export const BUS_PEER_ENDED: i32 = -4;
export const ANY_CORE: i32 = -1;

export function sendTo(core: i32, buf: Uint8Array, len: i32): i32 {
  checkSend("sendTo", core, buf, len);
  return sendResult(sendBytes(core, elementsAddress(buf), u32(len)));
}

export function trySend(core: i32, buf: Uint8Array, len: i32): i32 {
  checkSend("trySend", core, buf, len);
  return sendResult(trySendBytes(core, elementsAddress(buf), u32(len)));
}

/** Programs see a receiver that ended as it was sent to as BUS_PEER_ENDED: they cannot know it took the message. */
function sendResult(result: i64): i32 {
  return result === BUS_POSTED_PEER_ENDED ? BUS_PEER_ENDED : i32(result);
}

export function recvFrom(core: i32, buf: Uint8Array): i32 {
  checkSource("recvFrom", core);
  return i32(receiveBytes(core, elementsAddress(buf), u32(buf.length)));
}

export function tryRecv(core: i32, buf: Uint8Array): i32 {
  checkSource("tryRecv", core);
  return i32(tryReceiveBytes(core, elementsAddress(buf), u32(buf.length)));
}

export function pendingLength(core: i32): i32 {
  checkSource("pendingLength", core);
  return i32(pendingBytes(core));
}

export function receivedFrom(): i32 {
  return lastSourceCore();
}

export function queueReady(from: i32, to: i32): boolean {
  checkCore("queueReady", from);
  checkCore("queueReady", to);
  return queueExists(from, to);
}

function checkSend(operation: string, core: i32, buf: Uint8Array, len: i32): void {
  checkCore(operation, core);
  if (len < 0 || len > buf.length) {
    panicWithoutLocation(`${operation}: length ${len} is outside the buffer (0 to ${buf.length} bytes)`);
  }
}

function checkSource(operation: string, core: i32): void {
  if (core !== ANY_CORE) {
    checkCore(operation, core);
  }
}

function checkCore(operation: string, core: i32): void {
  if (core < 0 || core >= coreCount()) {
    panicWithoutLocation(`${operation}: core ${core} does not exist (cores are 0 to ${coreCount() - 1})`);
  }
}

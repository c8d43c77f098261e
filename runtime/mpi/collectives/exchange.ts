// One step of a symmetric algorithm: send to one rank and receive from
// another (often the same) at once. The send is started without waiting
// before the blocking receive, so two ranks exchanging with each other never
// both wait in a send for the other's receive; the send's buffer must not be
// written until this returns.
import { collectiveReceive, collectiveStartSend, collectiveWait } from "./transport";

export function exchange(
  destination: i32,
  sendAddress: usize,
  sendBytes: usize,
  source: i32,
  receiveAddress: usize,
  receiveBytes: usize,
  tag: i32,
): void {
  const sending: i32 = collectiveStartSend(destination, sendAddress, sendBytes, tag);
  collectiveReceive(source, receiveAddress, receiveBytes, tag);
  collectiveWait(sending);
}

// The envelope: the 24 bytes in front of every MPI message on the bus.
//
//   offset 0  u8   kind: EAGER (data follows), READY_TO_SEND (the data stays
//                  in the sender's buffer, at `data address`, until the
//                  receiver copies it and answers FINISHED), FINISHED
//   offset 1  u8   context: point-to-point or collective traffic, which
//                  never match each other
//   offset 4  i32  tag
//   offset 8  u32  length of the data in bytes
//   offset 12 u32  the sender's request (READY_TO_SEND; FINISHED names it back)
//   offset 16 u64  data address (READY_TO_SEND): every core sees one address
//                  space, so the receiver copies straight from the sender
import { load32, load64, load8, store32, store64, store8 } from "toro/unsafe";

export const ENVELOPE_BYTES: u32 = 24;

export const KIND_EAGER: u8 = 1;
export const KIND_READY_TO_SEND: u8 = 2;
export const KIND_FINISHED: u8 = 3;

export const CONTEXT_POINT_TO_POINT: i32 = 0;
export const CONTEXT_COLLECTIVE: i32 = 1;

export function writeEnvelope(at: usize, kind: u8, context: i32, tag: i32, length: u32, request: u32, data: usize): void {
  store8(at, kind);
  store8(at + 1, u8(context));
  store32(at + 4, u32(tag));
  store32(at + 8, length);
  store32(at + 12, request);
  store64(at + 16, u64(data));
}

export function envelopeKind(at: usize): u8 {
  return load8(at);
}

export function envelopeContext(at: usize): i32 {
  return i32(load8(at + 1));
}

export function envelopeTag(at: usize): i32 {
  return i32(load32(at + 4));
}

export function envelopeLength(at: usize): u32 {
  return load32(at + 8);
}

export function envelopeRequest(at: usize): u32 {
  return load32(at + 12);
}

export function envelopeData(at: usize): usize {
  return usize(load64(at + 16));
}

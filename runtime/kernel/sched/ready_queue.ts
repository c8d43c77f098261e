// The core's ready queue: threads that can run, first in, first out, so
// that yielding threads take turns in a fixed round-robin order. Linked
// through RECORD_QUEUE_NEXT; only the core itself touches it (head and tail
// are module variables, one pair per core instance).
import { load64, store64 } from "toro/unsafe";
import { RECORD_QUEUE_NEXT } from "./thread_record";

let head: usize = 0;
let tail: usize = 0;
let length: i32 = 0;

export function enqueueReady(record: usize): void {
  store64(record + RECORD_QUEUE_NEXT, 0);
  if (tail === 0) {
    head = record;
  } else {
    store64(tail + RECORD_QUEUE_NEXT, u64(record));
  }
  tail = record;
  length++;
}

/** The thread that has waited longest, taken off the queue; 0 when none is ready. */
export function takeReady(): usize {
  const record: usize = head;
  if (record === 0) {
    return 0;
  }
  head = usize(load64(record + RECORD_QUEUE_NEXT));
  if (head === 0) {
    tail = 0;
  }
  store64(record + RECORD_QUEUE_NEXT, 0);
  length--;
  return record;
}

export function readyEmpty(): boolean {
  return head === 0;
}

export function readyCount(): i32 {
  return length;
}

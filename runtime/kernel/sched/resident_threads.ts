// The threads that live on this core, whatever their state (ready, sleeping,
// joining, running), plus the core's end context while runMainThread waits:
// everything whose stack the core's collector must scan (collector_hook.ts).
// A doubly linked list through RECORD_RESIDENT_NEXT/PREVIOUS, so that a
// finishing thread leaves it in constant time; only the core touches it.
import { RECORD_RESIDENT_NEXT, RECORD_RESIDENT_PREVIOUS, recordField, setRecordField } from "./thread_record";

let first: usize = 0;
let count: i32 = 0;

export function addResident(record: usize): void {
  setRecordField(record, RECORD_RESIDENT_PREVIOUS, 0);
  setRecordField(record, RECORD_RESIDENT_NEXT, first);
  if (first !== 0) {
    setRecordField(first, RECORD_RESIDENT_PREVIOUS, record);
  }
  first = record;
  count++;
}

export function removeResident(record: usize): void {
  const previous: usize = recordField(record, RECORD_RESIDENT_PREVIOUS);
  const following: usize = recordField(record, RECORD_RESIDENT_NEXT);
  if (previous === 0) {
    first = following;
  } else {
    setRecordField(previous, RECORD_RESIDENT_NEXT, following);
  }
  if (following !== 0) {
    setRecordField(following, RECORD_RESIDENT_PREVIOUS, previous);
  }
  setRecordField(record, RECORD_RESIDENT_NEXT, 0);
  setRecordField(record, RECORD_RESIDENT_PREVIOUS, 0);
  count--;
}

export function firstResident(): usize {
  return first;
}

export function nextResident(record: usize): usize {
  return recordField(record, RECORD_RESIDENT_NEXT);
}

export function residentCount(): i32 {
  return count;
}

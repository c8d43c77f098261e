// The memory system's fatal reports. Each is one panic line (panic.ts) written
// piece by piece, never through the heap, since the heap is what failed.
//
//   panic: out of memory on core 0: cannot allocate 1048592 bytes (scanned);
//     pool 0x... (capacity N bytes): used N bytes, free N bytes,
//     largest free run N bytes, N collections
// (one line on the console; wrapped here).
import { consoleWrite } from "../console";
import { consoleWriteDecimal, consoleWriteHex } from "../number_text";
import { beginPanic, endPanic } from "../panic";
import {
  HEADER_COLLECTIONS,
  HEADER_CORE,
  HEADER_FREE_PAGES,
  HEADER_USED_BYTES,
  KIND_LEAF,
  KIND_MANUAL,
  PAGE_SIZE,
  headerLoad,
  pageCount,
} from "./layout";
import { largestFreeRun } from "./page_runs";

/** No block of `size` bytes can be found even after a collection. */
export function outOfMemory(pool: usize, size: usize, kind: u8): void {
  beginPanic();
  consoleWrite("out of memory on core ");
  writeNumber(headerLoad(pool, HEADER_CORE));
  consoleWrite(": cannot allocate ");
  writeNumber(size);
  consoleWrite(" bytes (");
  consoleWrite(kindName(kind));
  consoleWrite("); pool ");
  consoleWriteHex(u64(pool));
  consoleWrite(" (capacity ");
  writeNumber(pageCount(pool) * PAGE_SIZE);
  consoleWrite(" bytes): used ");
  writeNumber(headerLoad(pool, HEADER_USED_BYTES));
  consoleWrite(" bytes, free ");
  writeNumber(headerLoad(pool, HEADER_FREE_PAGES) * PAGE_SIZE);
  consoleWrite(" bytes, largest free run ");
  writeNumber(largestFreeRun(pool) * PAGE_SIZE);
  consoleWrite(" bytes, ");
  writeNumber(headerLoad(pool, HEADER_COLLECTIONS));
  consoleWrite(" collections");
  endPanic();
}

/** An allocation on a core that has no pool yet (before initialiseMemory or attachCore). */
export function allocationWithoutPool(size: usize): void {
  beginPanic();
  consoleWrite("allocation of ");
  writeNumber(size);
  consoleWrite(" bytes on a core without a memory pool (before initialiseMemory or attachCore)");
  endPanic();
}

/** The pools cannot be laid out as asked. */
export function poolSetUpFailed(reason: string, value: usize, start: usize, end: usize): void {
  beginPanic();
  consoleWrite("memory set-up: ");
  consoleWrite(reason);
  consoleWrite(" (");
  writeNumber(value);
  consoleWrite("; range ");
  consoleWriteHex(u64(start));
  consoleWrite("..");
  consoleWriteHex(u64(end));
  consoleWrite(")");
  endPanic();
}

/** free() of something that is not a block it may free: names the address and the reason. */
export function badFree(reason: string, address: usize): void {
  beginPanic();
  consoleWrite("free(");
  consoleWriteHex(u64(address));
  consoleWrite("): ");
  consoleWrite(reason);
  endPanic();
}

function kindName(kind: u8): string {
  if (kind === KIND_LEAF) {
    return "leaf";
  }
  if (kind === KIND_MANUAL) {
    return "manual";
  }
  return "scanned";
}

function writeNumber(value: usize): void {
  consoleWriteDecimal(i64(value));
}

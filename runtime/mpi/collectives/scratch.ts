// Temporary buffers of the collectives: manual blocks (never scanned, never
// moved, freed by the collective before it returns). The allocator's blocks
// are zeroed and 16-byte aligned; a request for 0 bytes takes 1 so that
// every buffer has a real, freeable address.
import { allocateManual, free } from "../../kernel/memory/heap";

export function allocateScratch(bytes: usize): usize {
  return allocateManual(bytes === 0 ? 1 : bytes);
}

export function freeScratch(address: usize): void {
  free(address);
}

// The machine, as the generic kernel sees it: a console device, a way to
// end the run and the extent of directly usable memory. (CPU exceptions need
// no set-up here: boot.s installs their gates before the kernel runs.)
//
// This is the only file outside arch/x86_64/ that names the architecture;
// another architecture would provide files of the same names and be
// selected here.
import { imageEnd } from "toro/x86_64";
import { debugExit, haltForever } from "./x86_64/debug_exit";
import { CACHED_IDENTITY_MAP_END } from "./x86_64/paging";
import { serialFlush, serialInit, serialWriteByte } from "./x86_64/serial";

export function consoleDeviceInit(): void {
  serialInit();
}

export function consoleDeviceWrite(value: u8): void {
  serialWriteByte(value);
}

export function consoleDeviceFlush(): void {
  serialFlush();
}

/** Ends the run with `code`; returns only if the machine cannot be ended. */
export function machineExit(code: i32): void {
  debugExit(code);
}

export function machineHalt(): void {
  haltForever();
}

/** RAM at or above this address is not mapped for the kernel's use. */
export function directMemoryEnd(): usize {
  return CACHED_IDENTITY_MAP_END;
}

/** First address above the kernel image, .bss included (the boot stack lies
 *  at the image's start, linker.ld). */
export function kernelImageEnd(): usize {
  return imageEnd();
}

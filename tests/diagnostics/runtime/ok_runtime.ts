// Accepted in runtime files: declared external functions (unions allowed in
// their parameters), the low-level layers, and the type object.
import { addressOf, load8, store8 } from "toro/unsafe";
import { hlt, outb } from "toro/x86_64";

declare function __toro_runtime_probe(value: object | string): usize;
export declare function __toro_runtime_signal(code: u32): void;

export function portWrite(port: u16, value: u8): void {
  outb(port, value);
}

export function identity(value: object): usize {
  return addressOf(value);
}

export function copyByte(from: usize, to: usize): void {
  store8(to, load8(from));
  __toro_runtime_signal(__toro_runtime_probe("copied") > 0 ? 1 : 0);
}

export function stop(): void {
  hlt();
}

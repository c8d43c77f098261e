// toro/unsafe-string: making string objects out of raw memory, for runtime/lang only.
//
// The dialect has no construct that turns an address into a string: strings
// come from literals or from the runtime functions in this folder, which
// allocate the object with __toro_alloc, fill it through toro/unsafe, and then
// need it typed as a string. Like toro/unsafe, each function here is a compiler
// intrinsic, called as `__intrinsic_<name>` and defined in intrinsics.ll beside
// this file.

declare module "toro/unsafe-string" {
  /**
   * The string whose object starts at `address`: [i32 length][i32 reserved]
   * [u16 × length] (docs/runtime-abi.md). Nothing is checked or copied.
   */
  export function stringAt(address: usize): string;
}

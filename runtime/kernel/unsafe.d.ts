// toro/unsafe: the low-level layer of the dialect, for runtime code only.
//
// Application code that imports this module is rejected (diagnostic TORO1101).
// Every function here is a compiler intrinsic: a call becomes a call to the
// LLVM function `__intrinsic_<name>`, defined `alwaysinline` in
// runtime/kernel/arch/x86_64/intrinsics.ll (llvm-bindings cannot build
// volatile or atomic instructions, so they are written there by hand).
// Addresses are plain usize values; nothing here is bounds-checked.

declare module "toro/unsafe" {
  /** Plain loads and stores; the optimiser may merge or reorder them. */
  export function load8(address: usize): u8;
  export function load16(address: usize): u16;
  export function load32(address: usize): u32;
  export function load64(address: usize): u64;
  export function loadF32(address: usize): f32;
  export function loadF64(address: usize): f64;
  export function store8(address: usize, value: u8): void;
  export function store16(address: usize, value: u16): void;
  export function store32(address: usize, value: u32): void;
  export function store64(address: usize, value: u64): void;
  export function storeF32(address: usize, value: f32): void;
  export function storeF64(address: usize, value: f64): void;

  /** Volatile accesses: emitted exactly once, in program order (device memory). */
  export function volatileLoad8(address: usize): u8;
  export function volatileLoad32(address: usize): u32;
  export function volatileLoad64(address: usize): u64;
  export function volatileStore8(address: usize, value: u8): void;
  export function volatileStore32(address: usize, value: u32): void;
  export function volatileStore64(address: usize, value: u64): void;

  /** Sequentially consistent atomics. fetchAdd returns the previous value. */
  export function atomicLoad32(address: usize): u32;
  export function atomicStore32(address: usize, value: u32): void;
  export function atomicFetchAdd32(address: usize, delta: u32): u32;
  export function atomicCompareExchange32(address: usize, expected: u32, desired: u32): boolean;
  export function atomicLoad64(address: usize): u64;
  export function atomicStore64(address: usize, value: u64): void;
  export function atomicFetchAdd64(address: usize, delta: u64): u64;
  export function atomicCompareExchange64(address: usize, expected: u64, desired: u64): boolean;
  /** Acquire and release orderings for single-writer protocols (virtio rings). */
  export function atomicLoadAcquire32(address: usize): u32;
  export function atomicStoreRelease32(address: usize, value: u32): void;
  export function atomicLoadAcquire16(address: usize): u16;
  export function atomicStoreRelease16(address: usize, value: u16): void;
  /** Copies `count` bytes from `source` to `destination`; the ranges must not overlap. */
  export function copyMemory(destination: usize, source: usize, count: usize): void;
  /** A hint to fetch the cache line at `address` for reading; never faults. */
  export function prefetch(address: usize): void;
  /** Full fence (mfence on x86-64) and compiler-only fence. */
  export function fence(): void;
  export function compilerFence(): void;

  /** The address of a heap object: a string, a typed array header or a class instance. */
  export function addressOf(object: object | string): usize;
  /** The heap object at `address` (the inverse of addressOf), typed as any reference. */
  export function objectAt(address: usize): object;
  /** The machine address of a top-level function taking one u32 (for code
   *  that calls it from assembly, such as a secondary core's entry). */
  export function functionAddress(entry: (argument: u32) => void): usize;
  /** The address of a typed array's first element. */
  export function elementsAddress(
    array: Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array |
      BigInt64Array | BigUint64Array | Float32Array | Float64Array,
  ): usize;

  /** IEEE-754 bits of a double, as two 32-bit halves (exact under Node too). */
  export function f64High(value: f64): u32;
  export function f64Low(value: f64): u32;
  export function f64FromBits(high: u32, low: u32): f64;
}

// What boot.s's page tables map: the first 4 GiB, identity-mapped and
// user-accessible (all code runs in ring 3); the first 2 MiB with 4 KiB pages
// and the page at 1 MiB left out (the boot stack's guard), the rest with
// 2 MiB pages; the fourth GiB (device MMIO windows) uncached. Memory above
// 4 GiB is not mapped (QEMU puts RAM beyond 3 GiB there, at 4 GiB and up,
// when the guest has more than 3 GiB).

/** End of the cacheable identity map: RAM below it can be used directly. */
export const CACHED_IDENTITY_MAP_END: usize = 0xc0000000;

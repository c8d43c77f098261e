// Finding an ACPI table by its signature, from the RSDP that the PVH start
// info points to (QEMU's microvm builds ACPI tables by default; it has no MP
// table, with ACPI on or off).
//
// Layouts from the ACPI specification 6.4, 5.2.5 (RSDP) and 5.2.6 (the
// common table header):
//   RSDP: 0 signature "RSD PTR " (8 bytes), 8 checksum of the first 20
//         bytes, 15 revision (0 = ACPI 1.0, 2 and later have an XSDT),
//         16 RSDT address u32; revision 2 and later: 20 length u32,
//         24 XSDT address u64, 32 extended checksum.
//   table header (36 bytes): 0 signature (4 bytes), 4 length u32 (header
//         included), 9 checksum (all `length` bytes sum to 0 modulo 256).
//   RSDT: u32 table addresses from offset 36; XSDT: u64 addresses.
// Every structure lies in the identity-mapped first 4 GiB (below 1 MiB on
// QEMU). Nothing here allocates: it runs before the heap exists.
import { load32, load64, load8 } from "toro/unsafe";

/** "RSD PTR " as a little-endian u64. */
const RSDP_SIGNATURE: u64 = 0x2052545020445352;
const RSDP_V1_LENGTH: usize = 20;
const RSDP_OFFSET_REVISION: usize = 15;
const RSDP_OFFSET_RSDT: usize = 16;
const RSDP_OFFSET_XSDT: usize = 24;
const HEADER_OFFSET_LENGTH: usize = 4;
const TABLE_HEADER_SIZE: usize = 36;

/**
 * The address of the table whose signature, read as a little-endian u32, is
 * `signature` ("APIC" is 0x43495041), or 0 when there is none or the RSDP at
 * `rsdp` is not valid. Tables whose checksum fails are skipped.
 */
export function findAcpiTable(rsdp: usize, signature: u32): usize {
  if (rsdp === 0 || load64(rsdp) !== RSDP_SIGNATURE || !checksumIsZero(rsdp, RSDP_V1_LENGTH)) {
    return 0;
  }
  const extended: usize = load8(rsdp + RSDP_OFFSET_REVISION) >= 2 ? usize(load64(rsdp + RSDP_OFFSET_XSDT)) : 0;
  if (extended !== 0) {
    return searchRootTable(extended, 8, signature);
  }
  return searchRootTable(usize(load32(rsdp + RSDP_OFFSET_RSDT)), 4, signature);
}

/** The length of the table at `table`, header included. */
export function tableLength(table: usize): usize {
  return usize(load32(table + HEADER_OFFSET_LENGTH));
}

/** Searches an RSDT (`entrySize` 4) or XSDT (8) for a valid table with `signature`. */
function searchRootTable(root: usize, entrySize: usize, signature: u32): usize {
  if (root === 0 || !checksumIsZero(root, tableLength(root))) {
    return 0;
  }
  for (let entry: usize = root + TABLE_HEADER_SIZE; entry + entrySize <= root + tableLength(root); entry += entrySize) {
    const table: usize = entrySize === 8 ? usize(load64(entry)) : usize(load32(entry));
    if (table !== 0 && load32(table) === signature && checksumIsZero(table, tableLength(table))) {
      return table;
    }
  }
  return 0;
}

function checksumIsZero(start: usize, length: usize): boolean {
  let sum: u8 = 0;
  for (let offset: usize = 0; offset < length; offset++) {
    sum += load8(start + offset);
  }
  return sum === 0;
}

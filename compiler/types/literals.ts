// Numeric literal values, parsed exactly (integers as bigint, so 64-bit
// literals keep every bit).
import * as ts from "typescript";

export type LiteralValue = { integer: bigint } | { float: number };

export function parseNumericLiteral(literal: ts.NumericLiteral): LiteralValue {
  const text = literal.getText().replace(/_/g, "");
  if (/^0[xXbBoO]/.test(text)) return { integer: BigInt(text) };
  if (/^[0-9]+$/.test(text)) return { integer: BigInt(text) };
  return { float: Number(text) };
}

/** The exact integer a literal denotes, if it denotes one (1e3 does; 1.5 does not). */
export function integerValue(value: LiteralValue): bigint | undefined {
  if ("integer" in value) return value.integer;
  return Number.isInteger(value.float) ? BigInt(value.float) : undefined;
}

export function floatValue(value: LiteralValue): number {
  return "integer" in value ? Number(value.integer) : value.float;
}

export function negate(value: LiteralValue): LiteralValue {
  return "integer" in value ? (value.integer === 0n ? { float: -0 } : { integer: -value.integer }) : { float: -value.float };
}

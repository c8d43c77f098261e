// The dialect's types, as the typer computes them and lowering consumes them.
//
// TypeScript's checker sees every number type as `number`; these carry the
// width and signedness that TypeScript erases.
import * as ts from "typescript";

export type IntegerName = "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "isize" | "usize";
export type FloatName = "f32" | "f64";

export interface IntegerType { kind: "integer"; name: IntegerName; bits: 8 | 16 | 32 | 64; signed: boolean }
export interface FloatType { kind: "float"; name: FloatName; bits: 32 | 64 }
export interface BooleanType { kind: "boolean" }
export interface StringType { kind: "string" }
export interface VoidType { kind: "void" }
export interface TypedArrayType { kind: "typedArray"; name: string; element: NumericType }
export interface ClassType { kind: "class"; name: string; declaration: ts.ClassDeclaration }
/** Any heap reference, for runtime-only parameters such as addressOf(object). */
export interface ObjectType { kind: "object" }
/** A top-level function as a value: `(value: f64) => f64`. Nothing is captured. */
export interface FunctionType { kind: "function"; parameters: DialectType[]; returnType: DialectType }

export type NumericType = IntegerType | FloatType;
export type ReferenceType = StringType | TypedArrayType | ClassType | ObjectType;
export type DialectType = NumericType | BooleanType | VoidType | ReferenceType | FunctionType;

const integerShapes: Record<IntegerName, [8 | 16 | 32 | 64, boolean]> = {
  i8: [8, true], i16: [16, true], i32: [32, true], i64: [64, true], isize: [64, true],
  u8: [8, false], u16: [16, false], u32: [32, false], u64: [64, false], usize: [64, false],
};

export function integerType(name: IntegerName): IntegerType {
  const [bits, signed] = integerShapes[name];
  return { kind: "integer", name, bits, signed };
}

export const f64: FloatType = { kind: "float", name: "f64", bits: 64 };
export const f32: FloatType = { kind: "float", name: "f32", bits: 32 };
export const i32 = integerType("i32");
export const i64 = integerType("i64");
export const u16 = integerType("u16");
export const usize = integerType("usize");
export const booleanType: BooleanType = { kind: "boolean" };
export const stringType: StringType = { kind: "string" };
export const voidType: VoidType = { kind: "void" };
export const objectType: ObjectType = { kind: "object" };

export function isIntegerName(name: string): name is IntegerName {
  return Object.prototype.hasOwnProperty.call(integerShapes, name);
}

/** The library's conversion functions are named after the number types: i32(x), f64(x), ... */
export function isConversionName(name: string): boolean {
  return isIntegerName(name) || name === "f32" || name === "f64";
}

export function isNumeric(type: DialectType): type is NumericType {
  return type.kind === "integer" || type.kind === "float";
}

export function isReference(type: DialectType): type is ReferenceType {
  return type.kind === "string" || type.kind === "typedArray" || type.kind === "class" || type.kind === "object";
}

export function sameType(a: DialectType, b: DialectType): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "integer":
    case "float":
    case "typedArray":
      return a.name === (b as typeof a).name;
    case "class":
      return a.declaration === (b as ClassType).declaration;
    case "function": {
      const other = b as FunctionType;
      return a.parameters.length === other.parameters.length && sameType(a.returnType, other.returnType) &&
        a.parameters.every((parameter, index) => sameType(parameter, other.parameters[index]!));
    }
    default:
      return true;
  }
}

/** How a type is written in messages; f64 is shown as `number`, its usual spelling. */
export function typeName(type: DialectType): string {
  switch (type.kind) {
    case "integer":
    case "typedArray":
    case "class":
      return type.name;
    case "float":
      return type.name === "f64" ? "number" : "f32";
    case "function":
      return `(${type.parameters.map(typeName).join(", ")}) => ${typeName(type.returnType)}`;
    default:
      return type.kind;
  }
}

/** The element type of each typed array class of the dialect library. */
export const typedArrayElements: Record<string, NumericType> = {
  Int8Array: integerType("i8"),
  Uint8Array: integerType("u8"),
  Int16Array: integerType("i16"),
  Uint16Array: integerType("u16"),
  Int32Array: integerType("i32"),
  Uint32Array: integerType("u32"),
  BigInt64Array: integerType("i64"),
  BigUint64Array: integerType("u64"),
  Float32Array: f32,
  Float64Array: f64,
};

/**
 * The code stored in a typed array's header (runtime/lang/typed_array.ts) so
 * runtime code given any typed array knows which it is: 1 + the index in
 * typedArrayElements (runtime/lang/element_kinds.ts holds the same numbers).
 */
export function typedArrayKindCode(name: string): number {
  const index = Object.keys(typedArrayElements).indexOf(name);
  if (index < 0) throw new Error(`internal: no typed array ${name}`);
  return index + 1;
}

export function elementSizeInBytes(type: NumericType): number {
  return type.bits / 8;
}

/** Whether the integer value `value` fits `type` (checked on exact bigint values). */
export function integerFits(type: IntegerType, value: bigint): boolean {
  const bits = BigInt(type.bits);
  const minimum = type.signed ? -(1n << (bits - 1n)) : 0n;
  const maximum = type.signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  return value >= minimum && value <= maximum;
}

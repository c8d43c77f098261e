// Math.*, isNaN and isFinite, with JavaScript's results (NaN propagation,
// signed zeros), through LLVM's floating-point intrinsics.
import { Value } from "../llvm/ir-module";
import { FunctionState } from "./function-state";

export function mathCall(state: FunctionState, name: string, args: Value[]): Value {
  const ir = state.context.ir;
  const b = state.builder;
  const [x, y] = args as [Value, Value];
  switch (name) {
    case "isNaN": return b.CreateFCmpUNE(x, x);
    case "isFinite": return b.CreateFCmpOLT(unary(state, "llvm.fabs.f64", x), ir.float(64, Infinity));
    case "Math.sqrt": return unary(state, "llvm.sqrt.f64", x);
    case "Math.abs": return unary(state, "llvm.fabs.f64", x);
    case "Math.floor": return unary(state, "llvm.floor.f64", x);
    case "Math.ceil": return unary(state, "llvm.ceil.f64", x);
    case "Math.trunc": return unary(state, "llvm.trunc.f64", x);
    case "Math.round": return round(state, x);
    case "Math.min": return minimumOrMaximum(state, x, y, true);
    case "Math.max": return minimumOrMaximum(state, x, y, false);
    default: throw new Error(`internal: ${name} is not lowered`);
  }
}

function unary(state: FunctionState, intrinsic: string, x: Value): Value {
  const ir = state.context.ir;
  return state.builder.CreateCall(ir.declareFunction(intrinsic, ir.functionType(ir.f64, [ir.f64]), "external"), [x]);
}

function binary(state: FunctionState, intrinsic: string, x: Value, y: Value): Value {
  const ir = state.context.ir;
  return state.builder.CreateCall(ir.declareFunction(intrinsic, ir.functionType(ir.f64, [ir.f64, ir.f64]), "external"), [x, y]);
}

/**
 * Math.min/max as JavaScript defines them: NaN if either is NaN, and -0 is
 * below +0. (LLVM 14 cannot select llvm.minimum on x86.) When the operands
 * compare equal, OR-ing their bits picks -0 for min and AND-ing picks +0 for
 * max; equal non-zero values have equal bits anyway.
 */
function minimumOrMaximum(state: FunctionState, x: Value, y: Value, minimum: boolean): Value {
  const ir = state.context.ir;
  const b = state.builder;
  const ordered = minimum ? b.CreateSelect(b.CreateFCmpOLT(x, y), x, y) : b.CreateSelect(b.CreateFCmpOGT(x, y), x, y);
  const xBits = b.CreateBitCast(x, ir.i64);
  const yBits = b.CreateBitCast(y, ir.i64);
  const merged = b.CreateBitCast(minimum ? b.CreateOr(xBits, yBits) : b.CreateAnd(xBits, yBits), ir.f64);
  const equalResult = b.CreateSelect(b.CreateFCmpOEQ(x, y), merged, ordered);
  const eitherNaN = b.CreateOr(b.CreateFCmpUNE(x, x), b.CreateFCmpUNE(y, y));
  return b.CreateSelect(eitherNaN, b.CreateFAdd(x, y), equalResult);
}

/**
 * JavaScript's Math.round: the nearest integer, ties toward +Infinity, and the
 * sign of zero kept (Math.round(-0.4) is -0). floor(x + 0.5) would be wrong
 * for 0.49999999999999994, so compare the fraction instead.
 */
function round(state: FunctionState, x: Value): Value {
  const ir = state.context.ir;
  const b = state.builder;
  const floor = unary(state, "llvm.floor.f64", x);
  const fraction = b.CreateFSub(x, floor);
  const rounded = b.CreateSelect(b.CreateFCmpOGE(fraction, ir.float(64, 0.5)), b.CreateFAdd(floor, ir.float(64, 1)), floor);
  return binary(state, "llvm.copysign.f64", rounded, x);
}

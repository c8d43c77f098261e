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
    // IEEE 754-2018 minimum/maximum: NaN if either is NaN, and -0 < +0, as in JavaScript.
    case "Math.min": return binary(state, "llvm.minimum.f64", x, y);
    case "Math.max": return binary(state, "llvm.maximum.f64", x, y);
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

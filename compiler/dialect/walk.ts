// Walks one source file in source order and runs the checks registered for
// each node's kind, keeping the context's ancestor chain in step.
//
// The walk descends into nodes it has reported: `(x: any) => x` is reported as
// a closure and its `any` as well, so fixing one problem does not uncover
// another that was there all along.
import * as ts from "typescript";
import { Dispatch } from "./check-table";
import { DialectContext } from "./context";

export function walkSourceFile(context: DialectContext, dispatch: Dispatch): void {
  const visit = (node: ts.Node): void => {
    for (const check of dispatch.get(node.kind) ?? []) check(node, context);
    context.enter(node);
    ts.forEachChild(node, visit);
    context.leave();
  };
  visit(context.sourceFile);
}

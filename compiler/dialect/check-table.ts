// The shape every concept file hands to the walk: which syntax kinds it looks
// at, and the check to run on each node of those kinds.
//
// A check sees the node (before its children) and the context, whose
// ancestors end at the node's parent. Several files may check the same kind;
// their checks run in the order the tables are listed in index.ts.
import * as ts from "typescript";
import { DialectContext } from "./context";

export type NodeCheck = (node: ts.Node, context: DialectContext) => void;

export interface CheckEntry {
  readonly kinds: readonly ts.SyntaxKind[];
  readonly check: NodeCheck;
}

export type CheckTable = readonly CheckEntry[];

/**
 * A table entry. The caller vouches that every kind listed produces nodes of
 * type T (ts.SyntaxKind.ArrowFunction → ts.ArrowFunction, ...); that pairing is
 * what makes the cast below sound.
 */
export function on<T extends ts.Node>(
  kinds: ts.SyntaxKind | readonly ts.SyntaxKind[],
  check: (node: T, context: DialectContext) => void,
): CheckEntry {
  return { kinds: typeof kinds === "number" ? [kinds] : kinds, check: check as NodeCheck };
}

export type Dispatch = ReadonlyMap<ts.SyntaxKind, readonly NodeCheck[]>;

export function buildDispatch(tables: readonly CheckTable[]): Dispatch {
  const dispatch = new Map<ts.SyntaxKind, NodeCheck[]>();
  for (const table of tables) {
    for (const entry of table) {
      for (const kind of entry.kinds) {
        const checks = dispatch.get(kind) ?? [];
        checks.push(entry.check);
        dispatch.set(kind, checks);
      }
    }
  }
  return dispatch;
}

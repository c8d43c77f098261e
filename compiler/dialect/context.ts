// What a dialect check sees of the file being checked: the file, whether it is
// runtime code, the chain of ancestors of the node at hand, and where to report.
//
// The walk keeps the ancestors itself rather than reading `node.parent`: the
// front end may hand over files whose parent pointers are not set yet (the
// binder sets them when the type checker is created, after this phase). For
// the same reason locations are computed against the known source file, never
// through node.getSourceFile().
import * as ts from "typescript";
import { Diagnostic, locationAt } from "../diagnostics/diagnostic";
import { DialectRule, messageOf } from "./codes";

export class DialectContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Outermost first: the source file, ..., the parent of the node being checked. */
  private readonly path: ts.Node[] = [];

  constructor(
    readonly sourceFile: ts.SourceFile,
    readonly isRuntimeFile: boolean,
  ) {}

  get ancestors(): readonly ts.Node[] {
    return this.path;
  }

  get parent(): ts.Node | undefined {
    return this.path[this.path.length - 1];
  }

  /** The ancestor `levels` above the parent: 0 is the parent, 1 the grandparent. */
  ancestor(levels: number): ts.Node | undefined {
    return this.path[this.path.length - 1 - levels];
  }

  enter(node: ts.Node): void {
    this.path.push(node);
  }

  leave(): void {
    this.path.pop();
  }

  start(node: ts.Node): number {
    return node.getStart(this.sourceFile);
  }

  /** Reports `node` as a whole. */
  report(node: ts.Node, dialectRule: DialectRule, subject?: string): void {
    this.reportSpan(this.start(node), node.getEnd(), dialectRule, subject);
  }

  /** Reports the text from `start` to `end`, without trailing white space. */
  reportSpan(start: number, end: number, dialectRule: DialectRule, subject?: string): void {
    const text = this.sourceFile.text;
    let trimmedEnd = end;
    while (trimmedEnd > start + 1 && /\s/.test(text[trimmedEnd - 1])) trimmedEnd--;
    this.diagnostics.push({
      code: dialectRule.code,
      severity: "error",
      message: messageOf(dialectRule, subject),
      location: locationAt(this.sourceFile, start, trimmedEnd - start),
    });
  }

  /** Reports from `node`'s token of kind `keyword` (or its start) to `endNode` (or the keyword's end). */
  reportKeyword(node: ts.Node, keyword: ts.SyntaxKind, dialectRule: DialectRule, subject?: string, endNode?: ts.Node): void {
    const token = this.childToken(node, keyword);
    const start = token ? this.start(token) : this.start(node);
    const end = endNode ? endNode.getEnd() : token ? token.getEnd() : node.getEnd();
    this.reportSpan(start, end, dialectRule, subject);
  }

  /** The direct child token of `node` of the given kind (keywords and punctuation are not in the AST proper). */
  childToken(node: ts.Node, kind: ts.SyntaxKind): ts.Node | undefined {
    return node.getChildren(this.sourceFile).find((child) => child.kind === kind);
  }
}

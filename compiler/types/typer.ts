// Typing: gives every expression of the program a dialect type.
//
// Takes the checked ts.Program; gives a Typer whose maps lowering reads
// (`typeOf`, `literalOf`, `declarationType`, `signature`), plus TORO2xxx
// diagnostics. The rules that TypeScript does not know:
//  - both operands of an arithmetic, bitwise or comparison operator have the
//    same type; conversions are explicit (`f64(x)`, `i32(y)`);
//  - a numeric literal takes the type its context expects (variable,
//    parameter, return, the other operand, element type) and must fit it;
//    without context it is `number`, as in TypeScript;
//  - conditions are boolean.
import * as ts from "typescript";
import { Diagnostic, errorAt } from "../diagnostics/diagnostic";
import { declarationOf, isLibraryDeclaration, libraryName } from "../frontend/symbols";
import {
  ClassType, DialectType, NumericType, booleanType, f64, i32, integerFits, isConversionName, isNumeric, isReference, sameType,
  stringType, typeName, typedArrayElements, voidType,
} from "./dialect-type";
import { LiteralValue, integerValue, negate, parseNumericLiteral } from "./literals";
import { resolveTypeNode } from "./type-nodes";

export interface Signature {
  parameters: DialectType[];
  /** How many leading parameters a call must pass. */
  required: number;
  returnType: DialectType;
}

export interface ClassField {
  name: string;
  type: DialectType;
  declaration: ts.PropertyDeclaration;
}


export class Typer {
  readonly diagnostics: Diagnostic[] = [];
  private readonly expressionTypes = new Map<ts.Node, DialectType>();
  private readonly literalValues = new Map<ts.Node, LiteralValue>();
  private readonly declarationTypes = new Map<ts.Node, DialectType>();
  private readonly signatures = new Map<ts.Node, Signature>();
  /** The enclosing functions' return types; undefined where a missing annotation was already reported. */
  private readonly returnTypes: (DialectType | undefined)[] = [];

  constructor(readonly checker: ts.TypeChecker) {}

  // ---- queries used by lowering -------------------------------------------------

  typeOf(node: ts.Expression): DialectType {
    const type = this.expressionTypes.get(node);
    if (!type) throw new Error(`internal: expression '${node.getText()}' was not typed`);
    return type;
  }

  literalOf(node: ts.Expression): LiteralValue | undefined {
    return this.literalValues.get(node);
  }

  declarationType(declaration: ts.Declaration): DialectType {
    const known = this.declarationTypes.get(declaration);
    if (known) return known;
    const type = this.computeDeclarationType(declaration);
    this.declarationTypes.set(declaration, type);
    return type;
  }

  signature(declaration: ts.SignatureDeclaration): Signature {
    const known = this.signatures.get(declaration);
    if (known) return known;
    const parameters = declaration.parameters.map((parameter) => this.declarationType(parameter));
    const required = declaration.parameters.filter((parameter) => !parameter.questionToken && !parameter.initializer).length;
    const returnType = this.returnTypeOf(declaration);
    const signature = { parameters, required, returnType };
    this.signatures.set(declaration, signature);
    return signature;
  }

  classFields(declaration: ts.ClassDeclaration): ClassField[] {
    return declaration.members.filter(ts.isPropertyDeclaration).map((member) => ({
      name: member.name.getText(),
      type: this.declarationType(member),
      declaration: member,
    }));
  }

  // ---- whole files ----------------------------------------------------------------

  typeSourceFile(file: ts.SourceFile): void {
    for (const statement of file.statements) this.statement(statement);
  }

  private functionBody(declaration: ts.FunctionLikeDeclaration): void {
    if (!declaration.body) return;
    const unannotatedValue = !declaration.type && !ts.isConstructorDeclaration(declaration) && containsValueReturn(declaration.body);
    this.returnTypes.push(ts.isConstructorDeclaration(declaration) ? voidType : this.signature(declaration).returnType);
    if (unannotatedValue) this.returnTypes[this.returnTypes.length - 1] = undefined;
    if (ts.isBlock(declaration.body)) this.statement(declaration.body);
    this.returnTypes.pop();
  }

  // ---- statements -------------------------------------------------------------------

  private statement(node: ts.Statement): void {
    if (ts.isFunctionDeclaration(node)) return this.functionBody(node);
    if (ts.isClassDeclaration(node)) return this.classDeclaration(node);
    if (ts.isVariableStatement(node)) return this.variableList(node.declarationList);
    if (ts.isExpressionStatement(node)) return void this.expression(node.expression);
    if (ts.isReturnStatement(node)) return this.returnStatement(node);
    if (ts.isIfStatement(node)) {
      this.condition(node.expression);
      this.statement(node.thenStatement);
      if (node.elseStatement) this.statement(node.elseStatement);
      return;
    }
    if (ts.isWhileStatement(node) || ts.isDoStatement(node)) {
      this.condition(node.expression);
      return this.statement(node.statement);
    }
    if (ts.isForStatement(node)) return this.forStatement(node);
    if (ts.isForOfStatement(node)) return this.forOfStatement(node);
    if (ts.isSwitchStatement(node)) return this.switchStatement(node);
    if (ts.isBlock(node)) return node.statements.forEach((child) => this.statement(child));
    if (ts.isLabeledStatement(node)) return this.statement(node.statement);
    // Imports, exports, type declarations, empty statements, break and continue carry no expressions.
  }

  private classDeclaration(node: ts.ClassDeclaration): void {
    for (const member of node.members) {
      if (ts.isPropertyDeclaration(member)) {
        const type = this.declarationType(member);
        if (member.initializer) this.expect(member.initializer, type);
      } else if (ts.isMethodDeclaration(member) || ts.isConstructorDeclaration(member)) {
        this.functionBody(member);
      }
    }
  }

  private variableList(list: ts.VariableDeclarationList): void {
    for (const declaration of list.declarations) {
      const type = this.declarationType(declaration);
      if (declaration.initializer && declaration.type) this.expect(declaration.initializer, type);
    }
  }

  private returnStatement(node: ts.ReturnStatement): void {
    const expected = this.returnTypes[this.returnTypes.length - 1];
    if (!expected) {
      if (node.expression) this.expression(node.expression);
      return;
    }
    if (!node.expression) {
      if (expected.kind !== "void") this.error(node, "TORO2004", `this function returns ${typeName(expected)}; return a value`);
      return;
    }
    if (expected.kind === "void") {
      this.error(node.expression, "TORO2004", "this function returns void; return without a value");
      return;
    }
    this.expect(node.expression, expected);
  }

  private forStatement(node: ts.ForStatement): void {
    if (node.initializer) {
      if (ts.isVariableDeclarationList(node.initializer)) this.variableList(node.initializer);
      else this.expression(node.initializer);
    }
    if (node.condition) this.condition(node.condition);
    if (node.incrementor) this.expression(node.incrementor);
    this.statement(node.statement);
  }

  private forOfStatement(node: ts.ForOfStatement): void {
    const iterated = this.expression(node.expression);
    const element = iterated.kind === "typedArray" ? iterated.element : iterated.kind === "string" ? stringType : undefined;
    if (!element) this.error(node.expression, "TORO2006", `for...of iterates typed arrays and strings, not ${typeName(iterated)}`);
    if (ts.isVariableDeclarationList(node.initializer)) {
      for (const declaration of node.initializer.declarations) {
        const declared = declaration.type ? this.declarationType(declaration) : element ?? f64;
        this.declarationTypes.set(declaration, declared);
        if (element && !sameType(declared, element)) {
          this.error(declaration, "TORO2001", `elements are ${typeName(element)}, not ${typeName(declared)}`);
        }
      }
    } else {
      this.error(node.initializer, "TORO2006", "declare the loop variable in the for...of: `for (const x of xs)`");
    }
    this.statement(node.statement);
  }

  private switchStatement(node: ts.SwitchStatement): void {
    const discriminant = this.expression(node.expression);
    if (!isNumeric(discriminant) && discriminant.kind !== "string" && discriminant.kind !== "boolean") {
      this.error(node.expression, "TORO2007", `switch works on numbers, booleans and strings, not ${typeName(discriminant)}`);
    }
    for (const clause of node.caseBlock.clauses) {
      if (ts.isCaseClause(clause)) this.expect(clause.expression, discriminant);
      clause.statements.forEach((child) => this.statement(child));
    }
  }

  private condition(node: ts.Expression): void {
    this.expect(node, booleanType, "a condition must be boolean (compare explicitly, e.g. `x !== 0`)");
  }

  // ---- declarations -----------------------------------------------------------------

  private computeDeclarationType(declaration: ts.Declaration): DialectType {
    if (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration)) {
      if (declaration.type) return this.annotation(declaration.type);
      if ("initializer" in declaration && declaration.initializer) return this.expression(declaration.initializer);
      this.error(declaration, "TORO2010", "annotate this declaration with its type");
      return f64;
    }
    this.error(declaration, "TORO2010", "this declaration has no value type in the dialect");
    return f64;
  }

  private annotation(node: ts.TypeNode): DialectType {
    const type = resolveTypeNode(this.checker, node);
    if (type) return type;
    this.error(node, "TORO2011", `the type '${node.getText()}' is not in the dialect`);
    return f64;
  }

  private returnTypeOf(declaration: ts.SignatureDeclaration): DialectType {
    if (declaration.type) return this.annotation(declaration.type);
    if (ts.isConstructorDeclaration(declaration)) return voidType;
    const body = "body" in declaration ? declaration.body : undefined;
    const returnsValue = body !== undefined && containsValueReturn(body);
    if (returnsValue) this.error(declaration.name ?? declaration, "TORO2012", "annotate the return type of a function that returns a value");
    return voidType;
  }

  // ---- expressions ------------------------------------------------------------------

  /** Types `node` in a context expecting `expected`, and reports a mismatch. */
  expect(node: ts.Expression, expected: DialectType, message?: string): DialectType {
    const actual = this.expression(node, expected);
    if (!sameType(actual, expected) && !(expected.kind === "object" && isReference(actual))) {
      this.error(node, "TORO2001", message ?? `expected ${typeName(expected)} but this is ${typeName(actual)}; convert explicitly`);
    }
    return actual;
  }

  expression(node: ts.Expression, expected?: DialectType): DialectType {
    const known = this.expressionTypes.get(node);
    if (known) return known;
    const type = this.computeExpression(node, expected);
    this.expressionTypes.set(node, type);
    return type;
  }

  private computeExpression(node: ts.Expression, expected?: DialectType): DialectType {
    switch (node.kind) {
      case ts.SyntaxKind.NumericLiteral:
        return this.numericLiteral(node, parseNumericLiteral(node as ts.NumericLiteral), expected);
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return stringType;
      case ts.SyntaxKind.TemplateExpression:
        (node as ts.TemplateExpression).templateSpans.forEach((span) => this.printable(span.expression));
        return stringType;
      case ts.SyntaxKind.TrueKeyword:
      case ts.SyntaxKind.FalseKeyword:
        return booleanType;
      case ts.SyntaxKind.ParenthesizedExpression:
        return this.expression((node as ts.ParenthesizedExpression).expression, expected);
      case ts.SyntaxKind.Identifier:
        return this.identifier(node as ts.Identifier);
      case ts.SyntaxKind.ThisKeyword:
        return this.thisType(node);
      case ts.SyntaxKind.PrefixUnaryExpression:
        return this.prefixUnary(node as ts.PrefixUnaryExpression, expected);
      case ts.SyntaxKind.PostfixUnaryExpression:
        return this.increment(node, (node as ts.PostfixUnaryExpression).operand);
      case ts.SyntaxKind.BinaryExpression:
        return this.binary(node as ts.BinaryExpression, expected);
      case ts.SyntaxKind.ConditionalExpression:
        return this.conditional(node as ts.ConditionalExpression, expected);
      case ts.SyntaxKind.CallExpression:
        return this.call(node as ts.CallExpression);
      case ts.SyntaxKind.NewExpression:
        return this.newExpression(node as ts.NewExpression);
      case ts.SyntaxKind.PropertyAccessExpression:
        return this.propertyAccess(node as ts.PropertyAccessExpression);
      case ts.SyntaxKind.ElementAccessExpression:
        return this.elementAccess(node as ts.ElementAccessExpression);
      default:
        this.error(node, "TORO2099", `this expression is not in the dialect`);
        return expected ?? f64;
    }
  }

  private numericLiteral(node: ts.Expression, value: LiteralValue, expected?: DialectType): DialectType {
    this.literalValues.set(node, value);
    if (!expected || !isNumeric(expected)) return f64;
    if (expected.kind === "float") return expected;
    const integer = integerValue(value);
    if (integer === undefined) {
      this.error(node, "TORO2002", `${node.getText()} is not an integer, but ${expected.name} is expected`);
    } else if (!integerFits(expected, integer)) {
      this.error(node, "TORO2002", `${node.getText()} does not fit in ${expected.name}`);
    }
    return expected;
  }

  private identifier(node: ts.Identifier): DialectType {
    if (node.text === "undefined") return this.unsupported(node, "undefined");
    const declaration = declarationOf(this.checker, node);
    if (!declaration) return this.unsupported(node, `'${node.text}'`);
    if (isLibraryDeclaration(declaration)) {
      const name = libraryName(declaration);
      if (name === "NaN" || name === "Infinity") return f64;
      return this.unsupported(node, `'${name}' as a value`);
    }
    if (ts.isFunctionDeclaration(declaration) && declaration.body && isTopLevel(declaration)) return this.functionValueType(declaration);
    if (ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration)) {
      return this.unsupported(node, "a class, or a function without a body, used as a value");
    }
    return this.declarationType(declaration);
  }

  private functionValueType(declaration: ts.FunctionDeclaration): DialectType {
    const signature = this.signature(declaration);
    if (signature.required !== signature.parameters.length) return this.unsupported(declaration, "a function with optional parameters used as a value");
    return { kind: "function", parameters: signature.parameters, returnType: signature.returnType };
  }

  private thisType(node: ts.Node): DialectType {
    let parent: ts.Node | undefined = node.parent;
    while (parent && !ts.isClassDeclaration(parent)) parent = parent.parent;
    if (!parent || !parent.name) return this.unsupported(node, "`this` outside a class");
    return { kind: "class", name: parent.name.text, declaration: parent };
  }

  private prefixUnary(node: ts.PrefixUnaryExpression, expected?: DialectType): DialectType {
    const operand = node.operand;
    switch (node.operator) {
      case ts.SyntaxKind.MinusToken:
        if (ts.isNumericLiteral(operand)) {
          const type = this.numericLiteral(node, negate(parseNumericLiteral(operand)), expected);
          this.expressionTypes.set(operand, type);
          return type;
        }
        return this.numericOperand(operand, expected, "-");
      case ts.SyntaxKind.PlusToken:
        return this.numericOperand(operand, expected, "+");
      case ts.SyntaxKind.TildeToken: {
        const type = this.numericOperand(operand, expected, "~");
        if (type.kind !== "integer") this.error(node, "TORO2005", "~ works on integers");
        return type;
      }
      case ts.SyntaxKind.ExclamationToken:
        this.expect(operand, booleanType, "! works on booleans");
        return booleanType;
      case ts.SyntaxKind.PlusPlusToken:
      case ts.SyntaxKind.MinusMinusToken:
        return this.increment(node, operand);
      default:
        return this.unsupported(node, "this operator");
    }
  }

  private numericOperand(operand: ts.Expression, expected: DialectType | undefined, operator: string): DialectType {
    const type = this.expression(operand, expected);
    if (!isNumeric(type)) this.error(operand, "TORO2005", `${operator} works on numbers, not ${typeName(type)}`);
    return type;
  }

  private increment(node: ts.Expression, operand: ts.Expression): DialectType {
    this.assignable(operand);
    const type = this.expression(operand);
    if (!isNumeric(type)) this.error(node, "TORO2005", `++ and -- work on numbers, not ${typeName(type)}`);
    return type;
  }

  private binary(node: ts.BinaryExpression, expected?: DialectType): DialectType {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.EqualsToken) {
      this.assignable(node.left);
      const target = this.expression(node.left);
      this.expect(node.right, target);
      return target;
    }
    if (isCompoundAssignment(operator)) return this.compoundAssignment(node, binaryOperatorOf(operator));
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken) {
      this.expect(node.left, booleanType, "&& and || work on booleans");
      this.expect(node.right, booleanType, "&& and || work on booleans");
      return booleanType;
    }
    if (operator === ts.SyntaxKind.CommaToken) return this.unsupported(node.operatorToken, "the comma operator");
    return this.binaryOperation(node, operator, expected);
  }

  private compoundAssignment(node: ts.BinaryExpression, operator: ts.BinaryOperator): DialectType {
    this.assignable(node.left);
    const target = this.expression(node.left);
    if (target.kind === "string" && operator === ts.SyntaxKind.PlusToken) {
      this.printable(node.right);
      return target;
    }
    const result = this.arithmetic(node, operator, target, node.right);
    if (!sameType(result, target)) this.error(node, "TORO2001", `the result is ${typeName(result)} but the target is ${typeName(target)}`);
    return target;
  }

  private binaryOperation(node: ts.BinaryExpression, operator: ts.SyntaxKind, expected?: DialectType): DialectType {
    const comparison = isComparison(operator);
    const context = comparison ? undefined : expected;
    const [left, right] = this.operandTypes(node.left, node.right, context);
    if (operator === ts.SyntaxKind.PlusToken && (left.kind === "string" || right.kind === "string")) {
      if (left.kind !== "string") this.printable(node.left);
      if (right.kind !== "string") this.printable(node.right);
      return stringType;
    }
    if (!sameType(left, right)) {
      this.error(node, "TORO2001", `operands have different types, ${typeName(left)} and ${typeName(right)}; convert one explicitly`);
      return comparison ? booleanType : left;
    }
    if (comparison) return this.comparison(node, operator, left);
    return this.arithmetic(node, operator as ts.BinaryOperator, left, undefined);
  }

  /** Types both operands; a literal operand takes the type of the other one. */
  private operandTypes(left: ts.Expression, right: ts.Expression, context?: DialectType): [DialectType, DialectType] {
    if (isFlexibleLiteral(left) && !isFlexibleLiteral(right)) {
      const rightType = this.expression(right, context);
      return [this.expression(left, rightType), rightType];
    }
    const leftType = this.expression(left, context);
    return [leftType, this.expression(right, leftType)];
  }

  private comparison(node: ts.BinaryExpression, operator: ts.SyntaxKind, operand: DialectType): DialectType {
    const equality = isEquality(operator);
    // Objects, typed arrays and functions compare by identity, as in JavaScript.
    const identity = operand.kind === "boolean" || operand.kind === "class" || operand.kind === "typedArray" || operand.kind === "function";
    const comparable = isNumeric(operand) || operand.kind === "string" || (equality && identity);
    if (!comparable) this.error(node, "TORO2005", `${typeName(operand)} values cannot be compared with ${node.operatorToken.getText()}`);
    return booleanType;
  }

  /** Checks an arithmetic or bitwise operator on `type`; `right` is typed here for compound assignment. */
  private arithmetic(node: ts.BinaryExpression, operator: ts.BinaryOperator, type: DialectType, right?: ts.Expression): DialectType {
    if (right) {
      const rightType = this.expression(right, type);
      if (!sameType(rightType, type)) {
        this.error(right, "TORO2001", `expected ${typeName(type)} but this is ${typeName(rightType)}; convert explicitly`);
      }
    }
    if (!isNumeric(type)) {
      this.error(node, "TORO2005", `${node.operatorToken.getText()} works on numbers, not ${typeName(type)}`);
      return type;
    }
    if (operator === ts.SyntaxKind.AsteriskAsteriskToken) this.error(node.operatorToken, "TORO2005", "** is not in the dialect yet; multiply explicitly");
    if (isBitwise(operator) && type.kind !== "integer") {
      this.error(node, "TORO2005", `${node.operatorToken.getText()} works on integers; convert with i32(x) first`);
    }
    return type;
  }

  private conditional(node: ts.ConditionalExpression, expected?: DialectType): DialectType {
    this.condition(node.condition);
    const [whenTrue, whenFalse] = this.operandTypes(node.whenTrue, node.whenFalse, expected);
    if (!sameType(whenTrue, whenFalse)) {
      this.error(node, "TORO2001", `the branches have different types, ${typeName(whenTrue)} and ${typeName(whenFalse)}`);
    }
    return whenTrue;
  }

  private printable(node: ts.Expression): DialectType {
    const type = this.expression(node);
    if (!isNumeric(type) && type.kind !== "string" && type.kind !== "boolean") {
      this.error(node, "TORO2008", `only strings, numbers and booleans can be printed or turned into strings, not ${typeName(type)}`);
    }
    return type;
  }

  private assignable(node: ts.Expression): void {
    const target = ts.isParenthesizedExpression(node) ? node.expression : node;
    if (ts.isIdentifier(target)) {
      const declaration = declarationOf(this.checker, target);
      const list = declaration?.parent;
      if (declaration && ts.isVariableDeclaration(declaration) && list && ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const) {
        this.error(node, "TORO2009", `'${target.text}' is a const`);
      }
      return;
    }
    if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) return;
    this.error(node, "TORO2009", "this cannot be assigned to");
  }

  // ---- calls, construction, members ----------------------------------------------------

  private call(node: ts.CallExpression): DialectType {
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee)) return this.methodCall(node, callee);
    const declaration = declarationOf(this.checker, callee);
    if (declaration && !ts.isFunctionDeclaration(declaration)) return this.indirectCall(node, callee);
    if (!declaration || !ts.isFunctionDeclaration(declaration)) return this.unsupported(callee, "calling this");
    if (isLibraryDeclaration(declaration)) return this.libraryCall(node, libraryName(declaration), declaration);
    return this.arguments(node, this.signature(declaration));
  }

  /** A call through a variable, parameter or field of function type. */
  private indirectCall(node: ts.CallExpression, callee: ts.Expression): DialectType {
    const type = this.expression(callee);
    if (type.kind !== "function") return this.unsupported(callee, `calling a ${typeName(type)}`);
    return this.arguments(node, { parameters: type.parameters, required: type.parameters.length, returnType: type.returnType });
  }

  private arguments(node: ts.CallExpression | ts.NewExpression, signature: Signature): DialectType {
    const args = node.arguments ?? ts.factory.createNodeArray();
    if (args.length < signature.required || args.length > signature.parameters.length) {
      this.error(node, "TORO2013", `expected ${signature.required === signature.parameters.length ? signature.required : `${signature.required} to ${signature.parameters.length}`} arguments, got ${args.length}`);
    }
    args.forEach((argument, index) => {
      const parameter = signature.parameters[index];
      if (parameter) this.expect(argument, parameter);
      else this.expression(argument);
    });
    return signature.returnType;
  }

  private libraryCall(node: ts.CallExpression, name: string, declaration: ts.FunctionDeclaration): DialectType {
    if (isConversionName(name)) {
      const argument = node.arguments[0];
      if (node.arguments.length !== 1 || !argument) return this.arityError(node, 1);
      const source = this.expression(argument);
      if (!isNumeric(source) && source.kind !== "boolean") this.error(argument, "TORO2014", `${name}() converts numbers and booleans, not ${typeName(source)}`);
      return resolveTypeNode(this.checker, declaration.type!)!;
    }
    if (name === "String") {
      if (node.arguments.length !== 1) return this.arityError(node, 1);
      this.printable(node.arguments[0]!);
      return stringType;
    }
    return this.arguments(node, this.signature(declaration));
  }

  private arityError(node: ts.CallExpression, count: number): DialectType {
    this.error(node, "TORO2013", `expected ${count} argument${count === 1 ? "" : "s"}`);
    return f64;
  }

  private methodCall(node: ts.CallExpression, callee: ts.PropertyAccessExpression): DialectType {
    const declaration = declarationOf(this.checker, callee.name);
    if (declaration && isLibraryDeclaration(declaration)) {
      const name = libraryName(declaration);
      if (name === "console.log") {
        node.arguments.forEach((argument) => this.printable(argument));
        return voidType;
      }
      if (name.startsWith("Math.") || name === "String.fromCharCode") {
        return this.arguments(node, this.signature(declaration as ts.SignatureDeclaration));
      }
    }
    if (declaration && (ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration))) return this.indirectCall(node, callee);
    const receiver = this.expression(callee.expression);
    if (!declaration || !(ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration))) {
      return this.unsupported(callee, `calling '${callee.name.text}' on ${typeName(receiver)}`);
    }
    if (isNumeric(receiver) && callee.name.text === "toFixed") {
      return this.arguments(node, { parameters: [i32], required: 1, returnType: stringType });
    }
    return this.arguments(node, this.signature(declaration));
  }

  private newExpression(node: ts.NewExpression): DialectType {
    const declaration = declarationOf(this.checker, node.expression);
    if (!declaration || !ts.isClassDeclaration(declaration) || !declaration.name) return this.unsupported(node, "this `new`");
    const classType = this.classTypeOf(declaration);
    const constructor = declaration.members.find(ts.isConstructorDeclaration);
    const signature = constructor ? this.signature(constructor) : { parameters: [], required: 0, returnType: voidType };
    this.arguments(node, signature);
    return classType;
  }

  private classTypeOf(declaration: ts.ClassDeclaration): DialectType {
    const name = declaration.name!.text;
    const element = isLibraryDeclaration(declaration) ? typedArrayOf(name) : undefined;
    if (element) return element;
    const type: ClassType = { kind: "class", name, declaration };
    return type;
  }

  private propertyAccess(node: ts.PropertyAccessExpression): DialectType {
    const declaration = declarationOf(this.checker, node.name);
    if (declaration && isLibraryDeclaration(declaration)) {
      const name = libraryName(declaration);
      if (name === "Math.PI" || name === "Math.E") return f64;
    }
    const receiver = this.expression(node.expression);
    if (!declaration) return this.unsupported(node.name, `'${node.name.text}' of ${typeName(receiver)}`);
    if (ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration)) return this.declarationType(declaration);
    return this.unsupported(node, `'${node.name.text}' without calling it`);
  }

  private elementAccess(node: ts.ElementAccessExpression): DialectType {
    const receiver = this.expression(node.expression);
    const index = this.expression(node.argumentExpression, i32);
    if (!isNumeric(index)) this.error(node.argumentExpression, "TORO2015", `an index is a number, not ${typeName(index)}`);
    if (receiver.kind === "typedArray") return receiver.element;
    if (receiver.kind === "string") return stringType;
    return this.unsupported(node, `indexing ${typeName(receiver)}`);
  }

  // ---- reporting ------------------------------------------------------------------------

  private unsupported(node: ts.Node, what: string): DialectType {
    this.error(node, "TORO2099", `${what} is not supported in the dialect`);
    return f64;
  }

  private error(node: ts.Node, code: string, message: string): void {
    this.diagnostics.push(errorAt(node, code, message));
  }
}

function typedArrayOf(name: string): DialectType | undefined {
  const element: NumericType | undefined = typedArrayElements[name];
  return element ? { kind: "typedArray", name, element } : undefined;
}

function isTopLevel(declaration: ts.FunctionDeclaration): boolean {
  return ts.isSourceFile(declaration.parent);
}

/** A numeric literal, possibly negated: its type comes from the other operand. */
export function isFlexibleLiteral(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isFlexibleLiteral(node.expression);
  if (ts.isNumericLiteral(node)) return true;
  return ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
}

function containsValueReturn(node: ts.Node): boolean {
  if (ts.isReturnStatement(node)) return node.expression !== undefined;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, (child) => (containsValueReturn(child) ? true : undefined)) ?? false;
}

export function isCompoundAssignment(operator: ts.SyntaxKind): boolean {
  return operator >= ts.SyntaxKind.FirstCompoundAssignment && operator <= ts.SyntaxKind.LastCompoundAssignment;
}

/** `+=` → `+`, `>>>=` → `>>>`, ... */
export function binaryOperatorOf(compound: ts.SyntaxKind): ts.BinaryOperator {
  const table: Partial<Record<ts.SyntaxKind, ts.BinaryOperator>> = {
    [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken,
    [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
    [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken,
    [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: ts.SyntaxKind.AsteriskAsteriskToken,
    [ts.SyntaxKind.SlashEqualsToken]: ts.SyntaxKind.SlashToken,
    [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken,
    [ts.SyntaxKind.LessThanLessThanEqualsToken]: ts.SyntaxKind.LessThanLessThanToken,
    [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanToken,
    [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
    [ts.SyntaxKind.AmpersandEqualsToken]: ts.SyntaxKind.AmpersandToken,
    [ts.SyntaxKind.BarEqualsToken]: ts.SyntaxKind.BarToken,
    [ts.SyntaxKind.CaretEqualsToken]: ts.SyntaxKind.CaretToken,
  };
  const operator = table[compound];
  if (operator === undefined) throw new Error(`internal: no binary operator for ${ts.SyntaxKind[compound]}`);
  return operator;
}

export function isComparison(operator: ts.SyntaxKind): boolean {
  return isEquality(operator) || operator === ts.SyntaxKind.LessThanToken || operator === ts.SyntaxKind.LessThanEqualsToken ||
    operator === ts.SyntaxKind.GreaterThanToken || operator === ts.SyntaxKind.GreaterThanEqualsToken;
}

export function isEquality(operator: ts.SyntaxKind): boolean {
  return operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    operator === ts.SyntaxKind.EqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken;
}

export function isBitwise(operator: ts.SyntaxKind): boolean {
  return operator === ts.SyntaxKind.AmpersandToken || operator === ts.SyntaxKind.BarToken || operator === ts.SyntaxKind.CaretToken ||
    operator === ts.SyntaxKind.LessThanLessThanToken || operator === ts.SyntaxKind.GreaterThanGreaterThanToken ||
    operator === ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken;
}


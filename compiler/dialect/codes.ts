// The dialect checker's codes and messages: one rule per rejected concept.
//
// Codes are stable (tests/diagnostics/ and docs/diagnostics.md name them), so
// a rule keeps its code forever; new rules take a free number in their group:
//   TORO100x-101x  types            TORO104x  statements
//   TORO102x-103x  declarations     TORO105x-107x  expressions and operators
//   TORO110x       modules
// A message says what is not in the dialect and what to write instead. Where a
// rule covers several spellings of one concept (`function*` and `yield`), the
// report names the spelling through `{subject}`.

export interface DialectRule {
  readonly code: string;
  /** What the rule rejects, in a few words (the documentation's first column). */
  readonly rejects: string;
  /** The message; `{subject}` stands for the reported spelling (or defaultSubject). */
  readonly template: string;
  readonly defaultSubject: string;
}

function rule(code: string, rejects: string, template: string, defaultSubject = ""): DialectRule {
  return { code, rejects, template, defaultSubject };
}

export function messageOf(dialectRule: DialectRule, subject?: string): string {
  return dialectRule.template.replace("{subject}", subject ?? dialectRule.defaultSubject);
}

const TYPES_OF_THE_DIALECT = "a number type (i32, f64, ...), boolean, string, a typed array or a class";

export const rules = {
  // ---- Types ------------------------------------------------------------------
  any: rule("TORO1001", "the type any",
    `'any' is not in the dialect; give the value its real type: ${TYPES_OF_THE_DIALECT}`),
  unknown: rule("TORO1002", "the type unknown",
    `'unknown' is not in the dialect; give the value its real type: ${TYPES_OF_THE_DIALECT}`),
  unionType: rule("TORO1003", "union types (outside the parameters of the runtime's declared functions)",
    "union types are not in the dialect; give the value one type (a class can hold the alternatives in fields)"),
  intersectionType: rule("TORO1004", "intersection types",
    "intersection types are not in the dialect; use one class type"),
  null: rule("TORO1005", "null, as a value or a type",
    "'null' is not in the dialect: values are never null; use a flag field or a sentinel value such as -1"),
  undefined: rule("TORO1006", "undefined, as a value or a type",
    "'undefined' is not in the dialect: every variable holds a value of its type; initialise it, or use a sentinel value"),
  voidType: rule("TORO1007", "void anywhere but as a return type",
    "'void' is only a return type in the dialect: no value has the type void"),
  arrayType: rule("TORO1008", "plain array types: T[], Array<T>, ReadonlyArray<T>",
    "{subject} are not in the dialect; use a typed array (Int32Array, Float64Array, ...) or a class", "plain array types (T[])"),
  tupleType: rule("TORO1009", "tuple types",
    "tuple types are not in the dialect; declare a class with one field per element"),
  objectType: rule("TORO1010", "object type literals, index signatures, the type object (outside the runtime)",
    "{subject}: object types are not in the dialect; declare a class and use its name as the type", "object type literals"),
  functionType: rule("TORO1011", "constructor types (new () => T)",
    "{subject} are not in the dialect: classes are not values; call `new` on the class by name", "constructor types"),
  literalType: rule("TORO1012", "literal types ('a', 1, true as types)",
    "literal types are not in the dialect; use the value's type (string, boolean, a number type) and compare values at run time"),
  typeOperator: rule("TORO1013", "type-level operators: keyof, typeof and indexed access types, conditional, mapped and template literal types, type predicates",
    "{subject} are not in the dialect; write the type itself", "type operators"),
  typeNotInDialect: rule("TORO1014", "types the dialect lacks: symbol, never (except as a return type), the library's internal interfaces",
    `the type '{subject}' is not in the dialect; use ${TYPES_OF_THE_DIALECT}`),
  generics: rule("TORO1015", "generics: type parameters and type arguments",
    "{subject}: generics are not in the dialect; write the function or class for the one type you need", "type parameters"),
  interfaceDeclaration: rule("TORO1016", "interfaces",
    "interfaces are not in the dialect yet; declare a class"),
  typeAlias: rule("TORO1017", "type aliases",
    "type aliases are not in the dialect; write the type itself"),

  // ---- Declarations -------------------------------------------------------------
  closure: rule("TORO1020", "closures: arrow functions, function expressions, nested function declarations",
    "{subject}: closures are not in the dialect yet; declare a function at the top level of the module and pass what it needs as parameters", "arrow functions"),
  optional: rule("TORO1021", "optional parameters, fields and methods (x?)",
    "{subject} are not in the dialect: every parameter is passed and every field holds a value; remove the '?'", "optional parameters"),
  defaultParameter: rule("TORO1022", "default parameter values",
    "default parameter values are not in the dialect; make the parameter required and pass the value at every call"),
  restParameter: rule("TORO1023", "rest parameters (...values)",
    "rest parameters are not in the dialect; take a typed array parameter instead"),
  destructuring: rule("TORO1024", "destructuring, in declarations, parameters and assignments",
    "destructuring is not in the dialect; read the fields or elements one at a time"),
  accessor: rule("TORO1025", "getters, setters and auto-accessors",
    "{subject} are not in the dialect; write methods such as getWidth() and setWidth(value)", "getters"),
  inheritance: rule("TORO1026", "inheritance: extends, implements, super, abstract, override",
    "{subject}: inheritance is not in the dialect; compose classes instead (hold an instance in a field)", "'extends'"),
  staticMember: rule("TORO1027", "static members and static blocks",
    "{subject}: static members are not in the dialect yet; use module-level consts, lets and functions", "'static'"),
  asynchronous: rule("TORO1028", "async functions, await, for await",
    "{subject}: asynchronous code is not in the dialect; call functions directly", "'async'"),
  generator: rule("TORO1029", "generators: function*, yield",
    "{subject}: generators are not in the dialect; loop directly, or write a class with a next() method", "'function*'"),
  decorator: rule("TORO1030", "decorators",
    "decorators are not in the dialect; call the code they would run explicitly"),
  classExpression: rule("TORO1031", "class expressions",
    "class expressions are not in the dialect; declare the class at the top level of the module"),
  nestedClass: rule("TORO1032", "class declarations inside functions or blocks",
    "classes are declared at the top level of a module in the dialect; move this class out of the function or block"),
  memberName: rule("TORO1033", "computed, quoted and numeric member names",
    "{subject} are not in the dialect; name members with plain identifiers", "computed property names"),
  privateName: rule("TORO1034", "private names (#field)",
    "private '#names' are not in the dialect; use the 'private' modifier and a plain name"),
  parameterProperty: rule("TORO1035", "parameter properties (constructor(private x: i32))",
    "parameter properties are not in the dialect; declare the field in the class body and assign it in the constructor"),
  overload: rule("TORO1036", "overload signatures",
    "overload signatures are not in the dialect: a function has exactly one signature; give the variants different names"),
  enumDeclaration: rule("TORO1037", "enums",
    "enums are not in the dialect; use module-level consts (export const RED: i32 = 0;)"),
  namespaceDeclaration: rule("TORO1038", "namespaces and internal modules",
    "namespaces are not in the dialect; put the declarations in their own file and import them"),
  ambientDeclaration: rule("TORO1039", "declare (in application code; the runtime may only `declare function`)",
    "'declare' is for runtime files, and only as 'declare function'; define what the program uses"),

  // ---- Statements ---------------------------------------------------------------
  varDeclaration: rule("TORO1040", "var, using and await using declarations",
    "{subject} is not in the dialect; declare variables with 'let' or 'const'", "'var'"),
  exception: rule("TORO1041", "exceptions: throw, try/catch/finally",
    "{subject}: exceptions are not in the dialect; return a status value, or call panic() from 'toro/kernel' for errors that cannot be handled", "'throw'"),
  forIn: rule("TORO1042", "for...in",
    "'for...in' is not in the dialect; loop over indices with 'for', or over elements with 'for...of'"),
  labelNotOnLoop: rule("TORO1043", "labels on statements other than loops",
    "labels are only allowed on loops in the dialect (for, for...of, while, do); restructure with a loop or a function"),
  withStatement: rule("TORO1044", "with",
    "'with' is not in the dialect; name the object explicitly"),
  debuggerStatement: rule("TORO1045", "debugger",
    "'debugger' is not in the dialect; remove it"),

  // ---- Expressions and operators --------------------------------------------------
  arrayLiteral: rule("TORO1050", "array literals",
    "array literals are not in the dialect; create a typed array (new Int32Array(n)) and set its elements"),
  objectLiteral: rule("TORO1051", "object literals",
    "object literals are not in the dialect; declare a class and create an instance with 'new'"),
  spread: rule("TORO1052", "spread (...) in calls and literals",
    "spread ('...') is not in the dialect; pass the values one by one, or copy typed arrays with .set()"),
  typeofOperator: rule("TORO1053", "the typeof operator",
    "the 'typeof' operator is not in the dialect: every value's type is known when the program is compiled"),
  instanceofOperator: rule("TORO1054", "the instanceof operator",
    "the 'instanceof' operator is not in the dialect: every value's type is known when the program is compiled"),
  deleteOperator: rule("TORO1055", "the delete operator",
    "the 'delete' operator is not in the dialect: objects have a fixed set of fields"),
  voidOperator: rule("TORO1056", "the void operator (void 0)",
    "the 'void' operator is not in the dialect: it gives undefined, and undefined is not in the dialect"),
  inOperator: rule("TORO1057", "the in operator",
    "the 'in' operator is not in the dialect: objects have a fixed set of fields, known when the program is compiled"),
  optionalChaining: rule("TORO1058", "optional chaining (?.)",
    "optional chaining ('?.') is not in the dialect: values are never null or undefined; use '.'"),
  nonNullAssertion: rule("TORO1059", "non-null and definite assignment assertions (x!, let x!: T)",
    "{subject} are not in the dialect: values are never null or undefined; remove the '!' (and initialise what it marked)", "non-null assertions ('!')"),
  typeAssertion: rule("TORO1060", "type assertions: as, <T>x, satisfies",
    "{subject} are not in the dialect; convert numbers with the type's function (i32(x), f64(x), ...) and give other values their real type", "'as' casts"),
  commaOperator: rule("TORO1061", "the comma operator",
    "the comma operator is not in the dialect; write separate statements"),
  exponentOperator: rule("TORO1062", "the ** and **= operators",
    "'{subject}' is not in the dialect; multiply explicitly, or write a loop", "**"),
  bigint: rule("TORO1063", "bigint literals and the bigint type",
    "{subject} are not in the dialect: 64-bit integers are i64 and u64; write a plain number literal and annotate the type", "bigint literals"),
  regularExpression: rule("TORO1064", "regular expressions",
    "regular expressions are not in the dialect; scan the string with charCodeAt(), indexOf() or startsWith()"),
  taggedTemplate: rule("TORO1065", "tagged templates",
    "tagged templates are not in the dialect; call the function with the values as arguments"),
  thisOutsideClass: rule("TORO1066", "this outside a class's constructor, methods and field initialisers",
    "{subject}: 'this' exists only in a class's constructor, methods and field initialisers; pass the object as a parameter", "'this' outside a class"),
  argumentsObject: rule("TORO1067", "arguments",
    "'arguments' is not in the dialect; name the parameters"),
  dynamicGlobal: rule("TORO1068", "eval, Function and Symbol",
    "'{subject}' is not in the dialect: the program is compiled ahead of time, and functions and symbols are not values"),
  nullishCoalescing: rule("TORO1069", "the ?? operator",
    "'??' is not in the dialect: values are never null or undefined; use the left operand"),
  logicalAssignment: rule("TORO1070", "logical assignment: &&=, ||=, ??=",
    "'{subject}' is not in the dialect; write the condition out (if (!done) done = check();)"),
  metaProperty: rule("TORO1071", "new.target and import.meta",
    "'{subject}' is not in the dialect; pass what you need as a parameter"),

  // ---- Modules ------------------------------------------------------------------
  lowLevelImport: rule("TORO1101", "importing toro/unsafe or toro/x86_64 from application code",
    "'{subject}': the low-level layer is for the runtime only; application code imports 'toro/kernel' and its own modules"),
  exportDefault: rule("TORO1102", "export default",
    "'export default' is not in the dialect; export named functions, classes, consts and lets"),
  exportAssignment: rule("TORO1103", "export = and export as namespace",
    "{subject} is not in the dialect; export named functions, classes, consts and lets", "'export ='"),
  exportList: rule("TORO1104", "export lists and re-exports",
    "{subject} are not in the dialect; put 'export' on the declaration itself, and import names from the module that declares them", "export lists"),
  importForm: rule("TORO1105", "imports other than import { a, b } from \"...\": default, namespace, renamed, type-only, import =",
    "{subject} are not in the dialect; write import { a, b } from \"./module\"", "default imports"),
  packageImport: rule("TORO1106", "modules that are neither relative paths nor the runtime's toro/... modules",
    "module '{subject}' is not in the dialect; import relative paths (\"./module\") and the runtime's 'toro/...' modules"),
  dynamicImport: rule("TORO1107", "dynamic import()",
    "dynamic 'import()' is not in the dialect; import at the top of the module"),
} as const satisfies Record<string, DialectRule>;

/** Every rule, in code order. */
export function allRules(): DialectRule[] {
  return Object.values(rules).sort((left, right) => left.code.localeCompare(right.code));
}

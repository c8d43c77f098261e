// Runs a dialect program under Node: the independent reference that the
// compiler's output is compared against.
//
// Each module of the program is transpiled on its own with
// ts.transpileModule to CommonJS and evaluated in one vm context holding the
// dialect's globals (dialect-globals.ts). Imports resolve to:
//   - "./x" or "../x": the sibling file x.ts of the program (evaluated once,
//     on first import, so top-level statements run once in dependency order);
//   - "toro/kernel": the Node implementation in node-kernel.ts;
//   - "toro/unsafe", "toro/x86_64": refused, they are for runtime code only.
// The program's output is what it prints with console.log (and a panic's
// message); its status is the argument of exit(), 101 after a panic, 0 when it
// runs to the end. Anything else the JavaScript engine throws (an uncaught
// error, a refused import, the time limit) is a failure of the run, reported
// as a thrown Error rather than as program output.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import * as vm from "vm";
import { installDialectGlobals } from "./dialect-globals";
import { createKernelModule, KernelModule, ProgramExit } from "./node-kernel";

export interface NodeRunResult {
  stdout: string;
  exitCode: number;
}

/** Generous: the golden programs finish in well under a second. */
const TIME_LIMIT_MILLISECONDS = 30_000;

const RUNTIME_ONLY_MODULES = new Set(["toro/unsafe", "toro/x86_64"]);

/** The global through which the host starts the entry module inside the time-limited vm call. */
const START_FUNCTION_NAME = "__toro_node_runner_start";

interface ModuleRecord {
  exports: Record<string, unknown>;
}

export function runUnderNode(entryFile: string, programArgs: string[]): NodeRunResult {
  const entry = path.resolve(entryFile);
  let stdout = "";
  const writeLine = (line: string): void => {
    stdout += `${line}\n`;
  };
  const context = vm.createContext({});
  installDialectGlobals(context, writeLine);
  const loader = new ModuleLoader(context, createKernelModule(programArgs, writeLine));
  const exitCode = runEntry(context, loader, entry);
  return { stdout, exitCode };
}

function runEntry(context: vm.Context, loader: ModuleLoader, entry: string): number {
  (context as Record<string, unknown>)[START_FUNCTION_NAME] = (): void => {
    loader.load(entry);
  };
  try {
    vm.runInContext(`${START_FUNCTION_NAME}()`, context, { timeout: TIME_LIMIT_MILLISECONDS });
    return 0;
  } catch (error) {
    if (error instanceof ProgramExit) return error.status;
    throw new Error(`running ${entry} under Node failed (line numbers are those of the transpiled JavaScript): ${describeError(error)}`);
  }
}

/** Errors from the vm realm are not instances of this realm's Error; read their stack directly. */
function describeError(error: unknown): string {
  const withStack = error as { stack?: unknown; message?: unknown };
  if (typeof withStack?.stack === "string") return withStack.stack;
  if (typeof withStack?.message === "string") return withStack.message;
  return String(error);
}

/** Transpiles, evaluates and caches the program's modules. */
class ModuleLoader {
  private readonly modules = new Map<string, ModuleRecord>();

  constructor(
    private readonly context: vm.Context,
    private readonly kernel: KernelModule,
  ) {}

  load(file: string): Record<string, unknown> {
    const cached = this.modules.get(file);
    if (cached) return cached.exports;
    const record: ModuleRecord = { exports: {} };
    // Cached before evaluation, as CommonJS does, so that an import cycle
    // sees a partly initialised module instead of recursing forever.
    this.modules.set(file, record);
    const body = compileModule(this.context, file);
    body(record.exports, (specifier: string) => this.resolveImport(file, specifier), record);
    return record.exports;
  }

  private resolveImport(importer: string, specifier: string): unknown {
    if (specifier === "toro/kernel") return this.kernel;
    if (RUNTIME_ONLY_MODULES.has(specifier)) {
      throw new Error(`${importer} imports "${specifier}", which is for runtime code only`);
    }
    if (specifier.startsWith("./") || specifier.startsWith("../")) {
      return this.load(resolveRelative(importer, specifier));
    }
    throw new Error(`${importer} imports "${specifier}": not a relative path nor a toro/ runtime module`);
  }
}

type ModuleBody = (exports: Record<string, unknown>, require: (specifier: string) => unknown, module: ModuleRecord) => void;

function compileModule(context: vm.Context, file: string): ModuleBody {
  const javascript = transpile(file);
  const wrapped = `(function (exports, require, module) {\n${javascript}\n})`;
  const script = new vm.Script(wrapped, { filename: file, lineOffset: -1 });
  return script.runInContext(context) as ModuleBody;
}

function transpile(file: string): string {
  const source = fs.readFileSync(file, "utf8");
  const output = ts.transpileModule(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      useDefineForClassFields: true,
    },
  });
  const errors = (output.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const text = ts.formatDiagnostics(errors, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => "\n",
    });
    throw new Error(`${file} does not transpile:\n${text}`);
  }
  return output.outputText;
}

/** "./lib/shapes" or "./lib/shapes.js" from the importer's folder, as the file lib/shapes.ts. */
function resolveRelative(importer: string, specifier: string): string {
  const base = path.resolve(path.dirname(importer), specifier);
  const withoutJs = base.endsWith(".js") ? base.slice(0, -".js".length) : base;
  const file = withoutJs.endsWith(".ts") ? withoutJs : `${withoutJs}.ts`;
  if (!fs.existsSync(file)) throw new Error(`${importer} imports "${specifier}", but ${file} does not exist`);
  return file;
}

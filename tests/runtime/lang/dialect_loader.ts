// Loads runtime/lang dialect files under Node, so their logic can be tested
// without the compiler.
//
// Each file is transpiled on its own with ts.transpileModule to CommonJS and
// evaluated with the dialect's conversion functions (tests/support/
// dialect-globals.ts) in scope. Relative imports load sibling dialect files the
// same way (once per loader); `toro/...` imports resolve to the implementations
// the test supplies; names the file declares with `declare function` (external
// symbols such as __toro_alloc) are supplied as globals.
//
// The 64-bit conversions are checked: under Node an i64/u64/isize/usize is a
// double, so a result beyond 2^53 in magnitude, or a negative u64/usize (which
// the dialect would wrap to a huge value), would make Node and the compiled
// code disagree. Such a conversion throws, turning a silent divergence into a
// test failure.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { conversions } from "../../support/dialect-globals";

const TWO_TO_THE_53 = 2 ** 53;

/** The repository root: the nearest ancestor of this file holding package.json and runtime/lang. */
export const repositoryRoot = findRepositoryRoot(__dirname);

function findRepositoryRoot(start: string): string {
  let directory = start;
  while (!fs.existsSync(path.join(directory, "package.json")) || !fs.existsSync(path.join(directory, "runtime", "lang"))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`no runtime/lang above ${start}`);
    directory = parent;
  }
  return directory;
}

export type ModuleExports = Record<string, unknown>;

/** `file` relative to the repository root, with "/" separators. */
function repositoryRelative(file: string): string {
  return path.relative(repositoryRoot, file).split(path.sep).join("/");
}

export interface LoaderOptions {
  /**
   * Make the typed arrays that dialect code creates panic (throw) on an index
   * outside 0..length-1, as compiled code does, instead of Node's silent
   * undefined and dropped stores. Element access is much slower this way.
   */
  boundsChecked?: boolean;
  /**
   * Stand-ins for dialect files, keyed by path relative to the repository root
   * ("runtime/kernel/number_text.ts"): loading or importing such a file gives
   * these exports instead. For files whose 64-bit arithmetic Node cannot
   * follow, when they are not what the test is about.
   */
  replacements?: Record<string, ModuleExports>;
}

export class DialectLoader {
  private readonly modules = new Map<string, ModuleExports>();
  private readonly globalNames: string[];
  private readonly globalValues: unknown[];
  private readonly replacements: Record<string, ModuleExports>;

  /**
   * `natives` maps module names ("toro/unsafe") to their implementations;
   * `externals` maps external symbols to functions.
   */
  constructor(
    private readonly natives: Record<string, object>,
    externals: Record<string, unknown> = {},
    options: LoaderOptions = {},
  ) {
    this.replacements = options.replacements ?? {};
    const arrays = options.boundsChecked ? boundsCheckedTypedArrays() : {};
    const globals: Record<string, unknown> = { ...checkedConversions(), ...arrays, ...externals };
    this.globalNames = Object.keys(globals);
    this.globalValues = Object.values(globals);
  }

  /** The exports of a dialect file, given relative to the repository root. */
  load(relativePath: string): ModuleExports {
    return this.loadFile(path.join(repositoryRoot, relativePath));
  }

  private loadFile(file: string): ModuleExports {
    const cached = this.modules.get(file);
    if (cached) return cached;
    const replacement = this.replacements[repositoryRelative(file)];
    if (replacement) return replacement;
    const exports: ModuleExports = {};
    this.modules.set(file, exports);
    const source = fs.readFileSync(file, "utf8");
    const output = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    });
    const body = new Function(...this.globalNames, "exports", "require", "module", output.outputText);
    const require = (specifier: string): unknown => this.resolve(file, specifier);
    body(...this.globalValues, exports, require, { exports });
    return exports;
  }

  private resolve(importer: string, specifier: string): unknown {
    if (specifier.startsWith(".")) return this.loadFile(`${path.resolve(path.dirname(importer), specifier)}.ts`);
    const native = this.natives[specifier];
    if (!native) throw new Error(`${importer}: no implementation of module "${specifier}" in this test`);
    return native;
  }
}

function checkedConversions(): Record<string, (value: number | boolean) => number> {
  return {
    ...conversions,
    i64: exactSigned("i64", conversions.i64),
    isize: exactSigned("isize", conversions.isize),
    u64: exactUnsigned("u64", conversions.u64),
    usize: exactUnsigned("usize", conversions.usize),
  };
}

function exactSigned(name: string, convert: (value: number | boolean) => number) {
  return (value: number | boolean): number => {
    const result = convert(value);
    if (Math.abs(result) > TWO_TO_THE_53) throw new Error(`${name}(${String(value)}) is not exact under Node`);
    return result;
  };
}

function exactUnsigned(name: string, convert: (value: number | boolean) => number) {
  return (value: number | boolean): number => {
    const result = convert(value);
    if (result < 0 || result > TWO_TO_THE_53) {
      throw new Error(`${name}(${String(value)}) would wrap in the dialect or is not exact under Node`);
    }
    return result;
  };
}

/** The bit-access intrinsics of toro/unsafe (f64High, f64Low, f64FromBits), through a DataView. */
export function float64BitsIntrinsics(): Record<string, (...values: number[]) => number> {
  const view = new DataView(new ArrayBuffer(8));
  return {
    f64High(value: number): number {
      view.setFloat64(0, value);
      return view.getUint32(0);
    },
    f64Low(value: number): number {
      view.setFloat64(0, value);
      return view.getUint32(4);
    },
    f64FromBits(high: number, low: number): number {
      view.setUint32(0, high);
      view.setUint32(4, low);
      return view.getFloat64(0);
    },
  };
}

/** A loader for the pure files: toro/unsafe offers only the bit-access intrinsics. */
export function pureLoader(options: LoaderOptions = {}): DialectLoader {
  return new DialectLoader({ "toro/unsafe": float64BitsIntrinsics() }, {}, options);
}

/** Thrown for an index outside a bounds-checked typed array. */
export class IndexOutOfBounds extends Error {}

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int8Array | Int16Array | Int32Array | Float32Array | Float64Array;
type TypedArrayConstructor = new (length: number) => TypedArray;

const TYPED_ARRAY_CLASSES: Record<string, TypedArrayConstructor> = {
  Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array,
};

function boundsCheckedTypedArrays(): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, base] of Object.entries(TYPED_ARRAY_CLASSES)) {
    result[name] = function (length: number): TypedArray {
      return new Proxy(new base(length), boundsCheckingHandler);
    };
  }
  return result;
}

const boundsCheckingHandler: ProxyHandler<TypedArray> = {
  get(target, property) {
    if (typeof property === "string" && isIndexLike(property)) return target[checkedIndex(target, property)];
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
  set(target, property, value: number) {
    if (typeof property === "string" && isIndexLike(property)) {
      target[checkedIndex(target, property)] = value;
      return true;
    }
    return Reflect.set(target, property, value, target);
  },
};

/** Property names that index the array under JavaScript's rules (including "-1", "1.5", "NaN"). */
function isIndexLike(property: string): boolean {
  return String(Number(property)) === property || property === "-0";
}

function checkedIndex(target: TypedArray, property: string): number {
  const index = Number(property);
  if (!Number.isInteger(index) || index < 0 || index >= target.length) {
    throw new IndexOutOfBounds(`index ${property} out of bounds for length ${target.length}`);
  }
  return index;
}

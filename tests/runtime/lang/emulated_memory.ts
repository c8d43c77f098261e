// A Node stand-in for the memory the runtime/lang glue works on, so that the
// string functions can be tested against JavaScript's own methods.
//
// Memory is one ArrayBuffer with a bump allocator handing out zeroed, 16-byte
// aligned blocks (as __toro_alloc does), little-endian like x86-64. A string
// made by stringAt(address) is an EmulatedString whose `length` reads the
// object's header, as the compiled `.length` does. A string literal in the glue
// stays a JavaScript string; addressOf copies it into memory once (so equal
// literals share an address, like the compiler's constant pool). Address 0 is
// never allocated: it stands for a left-out string argument.
import { DialectLoader, float64BitsIntrinsics } from "./dialect_loader";

const HEADER_BYTES = 8;
const ALIGNMENT = 16;

/** What __toro_panic and __toro_panic_bounds raise under Node. */
export class RuntimePanic extends Error {}

export class EmulatedString {
  constructor(
    private readonly memory: EmulatedMemory,
    readonly address: number,
  ) {}

  get length(): number {
    return this.memory.view.getInt32(this.address, true);
  }
}

export class EmulatedMemory {
  readonly view: DataView;
  private next = ALIGNMENT;
  private readonly literals = new Map<string, number>();

  constructor(bytes = 64 * 1024 * 1024) {
    this.view = new DataView(new ArrayBuffer(bytes));
  }

  allocate(size: number): number {
    const address = this.next;
    this.next = Math.ceil((address + Math.max(size, 1)) / ALIGNMENT) * ALIGNMENT;
    if (this.next > this.view.byteLength) throw new Error(`emulated memory exhausted allocating ${size} bytes`);
    return address;
  }

  addressOf(value: unknown): number {
    if (value instanceof EmulatedString) return value.address;
    if (typeof value === "string") return this.literalAddress(value);
    throw new Error(`addressOf: not a string: ${String(value)}`);
  }

  /** The JavaScript string a glue function returned (an emulated object or a literal). */
  text(value: unknown): string {
    if (typeof value === "string") return value;
    if (!(value instanceof EmulatedString)) throw new Error(`not a string: ${String(value)}`);
    let result = "";
    for (let index = 0; index < value.length; index++) {
      result += String.fromCharCode(this.view.getUint16(value.address + HEADER_BYTES + 2 * index, true));
    }
    return result;
  }

  /** `text` as a new string object in memory, the form the compiled code passes around. */
  stringObject(text: string): EmulatedString {
    return new EmulatedString(this, this.writeString(text));
  }

  /** The string the compiler passes for a left-out string argument. */
  absentString(): EmulatedString {
    return new EmulatedString(this, 0);
  }

  private literalAddress(text: string): number {
    const known = this.literals.get(text);
    if (known !== undefined) return known;
    const address = this.writeString(text);
    this.literals.set(text, address);
    return address;
  }

  private writeString(text: string): number {
    const address = this.allocate(HEADER_BYTES + 2 * text.length);
    this.view.setInt32(address, text.length, true);
    for (let index = 0; index < text.length; index++) {
      this.view.setUint16(address + HEADER_BYTES + 2 * index, text.charCodeAt(index), true);
    }
    return address;
  }

  /** toro/unsafe, for the functions the glue uses, plus the bit-access intrinsics. */
  unsafeModule(): Record<string, unknown> {
    const view = this.view;
    return {
      ...float64BitsIntrinsics(),
      addressOf: (value: unknown): number => this.addressOf(value),
      load16: (address: number): number => view.getUint16(checked(address), true),
      load32: (address: number): number => view.getUint32(checked(address), true),
      store16: (address: number, value: number): void => view.setUint16(checked(address), value, true),
      store32: (address: number, value: number): void => view.setUint32(checked(address), value, true),
      compilerFence: (): void => undefined,
    };
  }

  /** A loader whose toro/unsafe, toro/unsafe-string and external symbols act on this memory. */
  loader(): DialectLoader {
    return new DialectLoader(
      {
        "toro/unsafe": this.unsafeModule(),
        "toro/unsafe-string": { stringAt: (address: number): EmulatedString => new EmulatedString(this, address) },
      },
      {
        __toro_alloc: (size: number): number => this.allocate(size),
        __toro_alloc_leaf: (size: number): number => this.allocate(size),
        __toro_panic: (message: unknown): never => {
          throw new RuntimePanic(this.text(message));
        },
        __toro_panic_bounds: (index: number, length: number, file: unknown, line: number): never => {
          throw new RuntimePanic(`index ${index} out of bounds for length ${length} at ${this.text(file)}:${line}`);
        },
      },
    );
  }
}

/** Address 0 is the absent string: touching it is a bug in the glue. */
function checked(address: number): number {
  if (!Number.isInteger(address) || address < ALIGNMENT) throw new Error(`access to bad address ${address}`);
  return address;
}

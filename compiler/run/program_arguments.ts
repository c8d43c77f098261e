// Program arguments and kernel options on the kernel command line.
//
// `torotsc run prog.ts a b` passes the program's arguments to the guest
// through QEMU's -append, i.e. the PVH command line, which the kernel splits
// on spaces (runtime/kernel/command_line.ts decodes it; keep both sides in
// step). Arguments may contain anything, so each is escaped:
//   - tokens are separated by one space;
//   - UTF-16 code units from "!" (0x21) to "~" (0x7e) stand for themselves,
//     except "%";
//   - every other code unit (space, control characters, "%", anything beyond
//     ASCII, including each half of a surrogate pair) is "%" followed by four
//     upper-case hexadecimal digits;
//   - an empty argument is the token "%" alone.
// Only printable ASCII travels, so the kernel needs no UTF-8 decoder and each
// argument comes back exactly as the same UTF-16 string.
//
// Kernel options (such as tag-output, which `torotsc run --tag-output`
// sets) come first, each as the token "%-" followed by its name. No encoded
// argument starts with "%-": an argument's "%" is always written "%0025",
// and the empty argument is "%" alone. So the kernel tells options from
// arguments by their first two characters, and arg(i) counts arguments only.

const ESCAPE = "%";
const EMPTY_ARGUMENT = "%";
const OPTION_PREFIX = "%-";
/** Option names: lower-case letters, digits and inner hyphens ("tag-output"). */
const OPTION_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function encodeProgramArguments(args: readonly string[]): string {
  return args.map(encodeArgument).join(" ");
}

/** The whole command line: kernel options (names without "%-"), then the program's arguments. */
export function encodeKernelCommandLine(options: readonly string[], args: readonly string[]): string {
  return [...options.map(encodeOption), ...args.map(encodeArgument)].join(" ");
}

function encodeOption(name: string): string {
  if (!OPTION_NAME.test(name)) throw new Error(`not a kernel option name: '${name}'`);
  return OPTION_PREFIX + name;
}

function encodeArgument(argument: string): string {
  if (argument === "") return EMPTY_ARGUMENT;
  let token = "";
  for (let index = 0; index < argument.length; index++) {
    const unit = argument.charCodeAt(index);
    token += isPlain(unit) ? argument[index] : ESCAPE + unit.toString(16).toUpperCase().padStart(4, "0");
  }
  return token;
}

function isPlain(unit: number): boolean {
  return unit >= 0x21 && unit <= 0x7e && unit !== ESCAPE.charCodeAt(0);
}

/**
 * The reference decoder, the inverse of `encodeProgramArguments`; the kernel
 * implements the same rules in the dialect. Runs of spaces separate tokens; a
 * malformed escape is kept as written; kernel options are not arguments.
 */
export function decodeProgramArguments(commandLine: string): string[] {
  return tokens(commandLine)
    .filter((token) => !token.startsWith(OPTION_PREFIX))
    .map(decodeToken);
}

/** The kernel options of a command line, by name (the inverse of encodeKernelCommandLine's options). */
export function decodeKernelOptions(commandLine: string): string[] {
  return tokens(commandLine)
    .filter((token) => token.startsWith(OPTION_PREFIX))
    .map((token) => token.slice(OPTION_PREFIX.length));
}

function tokens(commandLine: string): string[] {
  return commandLine.split(" ").filter((token) => token !== "");
}

function decodeToken(token: string): string {
  if (token === EMPTY_ARGUMENT) return "";
  let argument = "";
  let index = 0;
  while (index < token.length) {
    const digits = token.slice(index + 1, index + 5);
    if (token[index] === ESCAPE && /^[0-9A-Fa-f]{4}$/.test(digits)) {
      argument += String.fromCharCode(parseInt(digits, 16));
      index += 5;
    } else {
      argument += token[index];
      index += 1;
    }
  }
  return argument;
}

// Program arguments on the kernel command line.
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

const ESCAPE = "%";
const EMPTY_ARGUMENT = "%";

export function encodeProgramArguments(args: readonly string[]): string {
  return args.map(encodeArgument).join(" ");
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
 * malformed escape is kept as written.
 */
export function decodeProgramArguments(commandLine: string): string[] {
  return commandLine
    .split(" ")
    .filter((token) => token !== "")
    .map(decodeToken);
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

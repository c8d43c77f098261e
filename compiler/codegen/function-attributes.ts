// Adds the function attributes llvm-bindings 0.4 cannot set, by editing the
// printed IR: every defined function gets `noredzone nounwind`.
//
// Why noredzone: an interrupt or exception taken in kernel mode pushes its
// frame onto the current stack, just below the stack pointer, which is where
// the System V red zone lets leaf functions keep data. llc has no flag to turn
// the red zone off for IR that lacks the attribute.
const attributeGroup = "#900";

export function addKernelAttributes(irText: string): string {
  const withAttributes = irText.replace(/^(define [^\n]*\))( #\d+)?( \{)$/gm, (_line, head: string, existing: string | undefined, brace: string) =>
    existing ? `${head}${existing} ${attributeGroup}${brace}` : `${head} ${attributeGroup}${brace}`);
  return `${withAttributes}\nattributes ${attributeGroup} = { noredzone nounwind }\n`;
}

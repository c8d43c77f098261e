// Edits to the printed IR for what llvm-bindings 0.4 cannot express.
//
// 1. Every defined function gets `noredzone nounwind`. An interrupt or
//    exception taken in kernel mode pushes its frame onto the current stack,
//    just below the stack pointer, which is where the System V red zone lets
//    leaf functions keep data; llc has no flag to turn the red zone off for IR
//    that lacks the attribute.
// 2. The boot core's instance block (`__toro_instance_boot`) is page-aligned.
//    Instance variables are addressed as GS-relative offsets from a null
//    base, so LLVM assumes each access is as aligned as its offset allows (up
//    to 4 GiB for offset 0) and may pick aligned vector moves; every block a
//    GS base points at must therefore be page-aligned, this one included.
const attributeGroup = "#900";
export const instanceBlockAlignment = 4096;

export function patchIrText(irText: string): string {
  return alignBootInstanceBlock(addKernelAttributes(irText));
}

function addKernelAttributes(irText: string): string {
  const withAttributes = irText.replace(/^(define [^\n]*\))( #\d+)?( \{)$/gm, (_line, head: string, existing: string | undefined, brace: string) =>
    existing ? `${head}${existing} ${attributeGroup}${brace}` : `${head} ${attributeGroup}${brace}`);
  return `${withAttributes}\nattributes ${attributeGroup} = { noredzone nounwind }\n`;
}

function alignBootInstanceBlock(irText: string): string {
  return irText.replace(/^(@__toro_instance_boot = [^\n]*?)(, align \d+)?$/m, `$1, align ${instanceBlockAlignment}`);
}

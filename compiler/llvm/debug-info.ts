// Source locations in the generated code (DWARF line tables).
//
// Every lowered function gets a DISubprogram and every statement a
// DILocation, so the image's .debug_line maps each instruction address back
// to a TypeScript file and line. The sections are not loaded into guest
// memory; `torotsc run` uses them (through llvm-symbolizer) to name the
// source line of a CPU exception's instruction pointer.
import llvm from "llvm-bindings";
import * as path from "path";

export class DebugInfo {
  private readonly builder: llvm.DIBuilder;
  private readonly files = new Map<string, llvm.DIFile>();
  private readonly unit: llvm.DICompileUnit;
  private readonly subprograms: llvm.DISubprogram[] = [];
  private readonly functionType: llvm.DISubroutineType;
  private current?: llvm.DISubprogram;

  constructor(private readonly module: llvm.Module, private readonly context: llvm.LLVMContext, entryFile: string) {
    this.builder = new llvm.DIBuilder(module);
    module.addModuleFlag(llvm.Module.ModFlagBehavior.Warning, "Debug Info Version", llvm.LLVMConstants.DEBUG_METADATA_VERSION);
    module.addModuleFlag(llvm.Module.ModFlagBehavior.Warning, "Dwarf Version", 4);
    // DWARF has no code for TypeScript; C is what debuggers and symbolizers handle best.
    this.unit = this.builder.createCompileUnit(llvm.dwarf.SourceLanguage.DW_LANG_C, this.file(entryFile), "torotsc", true, "", 0);
    this.functionType = this.builder.createSubroutineType(this.builder.getOrCreateTypeArray([]));
  }

  /** Starts the subprogram of `fn` (symbol `name`), declared at `line` of `file`, and points the builder at it. */
  beginFunction(fn: llvm.Function, name: string, irBuilder: llvm.IRBuilder, file: string, line: number): void {
    const flags = llvm.DISubprogram.DISPFlags.SPFlagDefinition | llvm.DISubprogram.DISPFlags.SPFlagLocalToUnit;
    const subprogram = this.builder.createFunction(this.file(file), name, name, this.file(file), line, this.functionType, line, llvm.DINode.DIFlags.FlagPrototyped, flags);
    fn.setSubprogram(subprogram);
    this.subprograms.push(subprogram);
    this.current = subprogram;
    this.setLine(irBuilder, line, 1);
  }

  /** Attributes the instructions built from now on to `line` of the current function. */
  setLine(irBuilder: llvm.IRBuilder, line: number, column: number): void {
    if (!this.current) return;
    irBuilder.SetCurrentDebugLocation(llvm.DILocation.get(this.context, line, column, this.current));
  }

  finish(): void {
    for (const subprogram of this.subprograms) this.builder.finalizeSubprogram(subprogram);
    this.builder.finalize();
  }

  private file(fileName: string): llvm.DIFile {
    const known = this.files.get(fileName);
    if (known) return known;
    const file = this.builder.createFile(path.basename(fileName), path.dirname(fileName));
    this.files.set(fileName, file);
    return file;
  }
}

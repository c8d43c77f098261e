// The runtime module `toro/kernel` implemented for Node, with the observable
// behaviour of the real kernel as seen by a program: what it prints and the
// status it ends with.
//
// Node runs one instance, the kernel's behaviour on one core.
//
//   rank()       0: the instance's rank.
//   cores()      1: the number of cores, hence of instances.
//   exit(code)   ends the program with that status; nothing after it runs.
//   panic(msg)   prints "panic on core 0 (thread main): <msg>" and ends the
//                program with status 101.
//   argCount()   the number of program arguments.
//   arg(i)       the i-th program argument (0-based).
//
// Ending the program is a thrown ProgramExit, which only the runner catches:
// the dialect has no try/catch, so no program code can intercept it.
import { LineSink } from "./dialect-globals";

/** The status a panic ends the program with (docs/runtime-abi.md, "Exit"). */
export const PANIC_STATUS = 101;

/** Thrown to end the program; carries the exit status. Not an Error: it is control flow. */
export class ProgramExit {
  constructor(readonly status: number) {}
}

export interface KernelModule {
  rank(): number;
  cores(): number;
  exit(code: number): never;
  panic(message: string): never;
  argCount(): number;
  arg(index: number): string;
}

export function createKernelModule(programArgs: readonly string[], writeLine: LineSink): KernelModule {
  function exit(code: number): never {
    if (!Number.isInteger(code)) throw new Error(`exit(${String(code)}): the status must be an integer`);
    throw new ProgramExit(code);
  }
  function panic(message: string): never {
    writeLine(`panic on core 0 (thread main): ${message}`);
    throw new ProgramExit(PANIC_STATUS);
  }
  function argCount(): number {
    return programArgs.length;
  }
  function arg(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= programArgs.length) {
      panic(`arg(${String(index)}): no such program argument (argCount() is ${programArgs.length})`);
    }
    return programArgs[index];
  }
  const rank = (): number => 0;
  const cores = (): number => 1;
  return Object.freeze({ rank, cores, exit, panic, argCount, arg });
}

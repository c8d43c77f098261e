// The kernel's entry: boot.s calls __toro_kernel_main(startInfo) on the boot
// CPU in 64-bit mode and ring 3 (as is all compiled code: kvm_pvm hosts run
// ring 3 natively and emulate ring 0), with paging (first 4 GiB
// identity-mapped, every page user-accessible), SSE, every I/O port open,
// a 64 KiB stack above an unmapped guard page, and interrupts off. CPU
// exceptions are already routed to the panic report (boot.s installs the
// IDT, exception_entry.s enters exceptions.ts), and the privileged
// instructions of toro/x86_64 are performed in ring 0 on the runtime's
// behalf (privileged_emulation.s). startInfo is the physical address of the
// PVH start info (boot_info.ts).
//
// The boot core brings up the machine and the other cores, then runs its own
// program instance like every other core (secondary_cores.ts): one instance
// per core, the core's index being the instance's rank.
//
// Module-level variables of the kernel hold constant initial values that
// must be in place before this runs (the compiler emits them as static
// initialisers, not as code in __toro_program_main).
import { commandLineAddress, startInfoValid } from "./boot_info";
import { discoverCores, reserveCoreMemory } from "./arch/platform";
import { commandLineInit, kernelOptionPresent } from "./command_line";
import { consoleInit, setLineTags } from "./console";
import { coreCount, setCoreCount } from "./core_identity";
import { allocateManual, initialiseMemory } from "./memory/heap";
import { setStackTop } from "./memory/roots";
import { panicWithoutLocation } from "./panic";
import { runProgramInstance, startOtherCores } from "./secondary_cores";
import { SHARED_STATE_BYTES, useSharedState } from "./shared_state";
import { initialiseScheduler } from "./sched/threads";
import { calibrateTime } from "./time/calibration";
import { recordBootEntry } from "./time/clock";

/** The caller's stack pointer (arch/x86_64/collector_roots.s). */
declare function __toro_stack_pointer(): usize;

export function __toro_kernel_main(startInfo: usize): void {
  // 0. The origin of cycles() (time/clock.ts), and the top of this core's
  //    stack for the garbage collector: taken here, every frame that can
  //    hold a reference (the program's) lies below.
  recordBootEntry();
  setStackTop(__toro_stack_pointer());
  // 1. Console (COM1): from here on everything can report, panics included.
  consoleInit();
  // 2. The PVH start info: present (magic 0x336ec578) and version 1 or later.
  if (!startInfoValid(startInfo)) {
    panicWithoutLocation("no PVH start info (magic 0x336ec578, version 1 or later) at the boot address");
  }
  // 3. Command line: record where the program arguments are (no allocation),
  //    so that the memory pools keep clear of them; read the kernel options.
  commandLineInit(commandLineAddress(startInfo));
  setLineTags(kernelOptionPresent("tag-output"));
  // 4. Cores: how many (the firmware's tables), and the memory for the
  //    stacks and instance blocks of all but this one, reserved above the
  //    image before the pools take the rest.
  setCoreCount(discoverCores(startInfo));
  reserveCoreMemory(startInfo, coreCount());
  // 5. Memory: the largest RAM region of the PVH memory map above the image
  //    and the reservation, divided into one pool per core (memory/heap.ts);
  //    this core takes pool 0.
  initialiseMemory(startInfo, coreCount());
  // 6. The time-stamp counter's frequency (time/calibration.ts: its samples
  //    are heap objects), for every core's clock.
  calibrateTime();
  // 7. What the cores share: the kernel's cells (console lock, panic owner,
  //    instances finished) and the scheduler's area (one main thread per
  //    core), before anything else can run concurrently.
  useSharedState(allocateManual(SHARED_STATE_BYTES));
  initialiseScheduler(coreCount());
  // 8. The other cores: started, each on its own stack with its own instance
  //    block and pool; this returns once all of them run their instance.
  startOtherCores(startInfo);
  // 9. This core's instance of the program (after the top-level code of the
  //    runtime's modules), as its main thread; it ends when every thread of
  //    every core has finished, or at exit().
  runProgramInstance();
}

// The machine the figures were measured on: processor, core count, whether
// /dev/kvm is usable and whether it is kvm_pvm (see README.md, "KVM on these
// machines"), QEMU's and Node's versions.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import { probeHost } from "../compiler/run/accelerator";
import { QEMU_PROGRAM } from "../compiler/run/qemu";

export interface MachineDescription {
  cpuModel: string;
  /** /proc/cpuinfo's first "cpu MHz" (the TSC's frequency on hosts clocked by the TSC). */
  cpuMegahertz?: number;
  hostCores: number;
  kvmUsable: boolean;
  kvmPvm: boolean;
  qemuVersion: string;
  nodeVersion: string;
  kernel: string;
  /** The 1-minute load average when the harness started: figures from a busy host are noisier. */
  loadAverage: number;
}

export function describeMachine(): MachineDescription {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  return {
    cpuModel: cpuModel(cpuinfo),
    cpuMegahertz: cpuMegahertz(cpuinfo),
    hostCores: os.cpus().length,
    kvmUsable: probeHost().kvmOpens,
    // kvm_pvm is a module of its own beside kvm.
    kvmPvm: fs.existsSync("/sys/module/kvm_pvm"),
    qemuVersion: qemuVersion(),
    nodeVersion: process.version,
    kernel: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg()[0],
  };
}

/** The first "model name" of /proc/cpuinfo's text. */
export function cpuModel(cpuinfo: string): string {
  const match = /^model name\s*:\s*(.*)$/m.exec(cpuinfo);
  return match ? match[1].trim() : "unknown";
}

/** The first "cpu MHz" of /proc/cpuinfo's text. */
export function cpuMegahertz(cpuinfo: string): number | undefined {
  const match = /^cpu MHz\s*:\s*([\d.]+)\s*$/m.exec(cpuinfo);
  return match ? Number(match[1]) : undefined;
}

function qemuVersion(): string {
  try {
    const text = execFileSync(QEMU_PROGRAM, ["--version"], { encoding: "utf8" });
    return text.split("\n")[0].trim();
  } catch {
    return "unknown (qemu-system-x86_64 --version failed)";
  }
}

export function machineLines(machine: MachineDescription): string[] {
  const kvm = machine.kvmUsable ? (machine.kvmPvm ? "usable, kvm_pvm" : "usable") : "not usable (TCG only)";
  return [
    `- CPU: ${machine.cpuModel}, ${machine.hostCores} core${machine.hostCores === 1 ? "" : "s"}`,
    `- KVM: ${kvm}`,
    `- ${machine.qemuVersion}; Node ${machine.nodeVersion}; ${machine.kernel}`,
    `- load average (1 min) at the start: ${machine.loadAverage.toFixed(2)}${machine.loadAverage > 0.5 ? " (the host was busy: expect noisier figures)" : ""}`,
  ];
}

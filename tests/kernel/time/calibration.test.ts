// Calibration (runtime/kernel/time/calibration.ts and x86_64/) on emulated
// hardware (emulated_clock_hardware.ts): which source is chosen in which
// machine, that misleading CPUID answers are ignored, what the PIT
// measurement finds and costs, and the panic when nothing can be used.
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  EmulatedClockHardware,
  HardwareOptions,
  KernelPanic,
  Registers,
  kvmLeaves,
  leafOne,
  loadTime,
} from "./emulated_clock_hardware";

type Calibration = { calibrateTime(): void; calibrationDescription(): string };
type Clock = { cycleFrequency(): number };

const TSC_HZ = 2_596_134_000;
/** The pvclock scale read on the kvm_pvm host: 2,596.134 MHz. */
const PVCLOCK = { multiplier: 3308740840, shift: -1 };
/** CPUID 0Dh as TCG's `-cpu max` answers it; TCG repeats it for 15h and 16h. */
const XSAVE_LEAF: [number, Registers] = [0xd, [543, 576, 2696, 0]];

function calibrate(options: HardwareOptions): { hardware: EmulatedClockHardware; frequency: number; description: string } {
  const hardware = new EmulatedClockHardware(options);
  const { calibration, clock } = loadTime(hardware);
  (calibration as unknown as Calibration).calibrateTime();
  return {
    hardware,
    frequency: (clock as unknown as Clock).cycleFrequency(),
    description: (calibration as unknown as Calibration).calibrationDescription(),
  };
}

function cpuidTable(entries: Array<[number, Registers]>): Map<number, Registers> {
  return new Map(entries);
}

test("an Intel part with CPUID 15h: crystal × ratio, no MSR or port touched", () => {
  const table = cpuidTable([[0, [0x16, 0, 0, 0]], leafOne(false), [0x15, [2, 216, 24_000_000, 0]], [0x16, [2600, 4000, 100, 0]]]);
  const { hardware, frequency, description } = calibrate({ tscHz: 2.592e9, cpuid: table });
  assert.is(frequency, 2_592_000_000);
  assert.ok(description.startsWith("cpuid-15h, calibrated in "), description);
  assert.is(hardware.portAccesses, 0);
  assert.is(hardware.msrWrites.length, 0);
});

test("CPUID 15h with the ratio but no crystal falls to 16h's base frequency", () => {
  const table = cpuidTable([[0, [0x16, 0, 0, 0]], leafOne(false), [0x15, [2, 216, 0, 0]], [0x16, [2600, 4000, 100, 0]]]);
  const { frequency, description } = calibrate({ tscHz: 2.6e9, cpuid: table });
  assert.is(frequency, 2_600_000_000);
  assert.ok(description.startsWith("cpuid-16h"), description);
});

test("a hypervisor's timing leaf 40000010h gives the TSC in kHz", () => {
  const table = cpuidTable([
    [0, [0xd, 0, 0, 0]], leafOne(true), XSAVE_LEAF,
    [0x40000000, [0x40000010, 0x4b4d564b, 0x564b4d56, 0x4d]], [0x40000010, [2_596_134, 1_000_000, 0, 0]],
  ]);
  const { frequency, description } = calibrate({ tscHz: TSC_HZ, cpuid: table });
  assert.is(frequency, TSC_HZ);
  assert.ok(description.startsWith("cpuid-40000010h"), description);
});

test("kvm_pvm's CPUID (AMD, KVM leaves to 40000001h): the KVM clock, enabled then disabled", () => {
  const table = cpuidTable([[0, [0x1c, 0, 0, 0]], leafOne(true), [0x15, [0, 0, 0, 0]], [0x16, [0, 0, 0, 0]], ...kvmLeaves(0x1007afb)]);
  const { hardware, frequency, description } = calibrate({ tscHz: TSC_HZ, cpuid: table, pvclock: PVCLOCK });
  assert.ok(Math.abs(frequency - TSC_HZ) < 1, String(frequency));
  assert.ok(description.startsWith("kvm-clock, calibrated in "), description);
  assert.is(hardware.portAccesses, 0);
  assert.is(hardware.msrWrites.length, 2);
  const [[enableMsr, enableValue], [disableMsr, disableValue]] = hardware.msrWrites;
  assert.is(enableMsr, 0x4b564d01);
  assert.is(enableValue % 2, 1, "bit 0 enables");
  assert.is((enableValue - 1) % 32, 0, "the structure is 32-byte aligned, so it never crosses a page");
  assert.equal([disableMsr, disableValue], [0x4b564d01, 0], "disabled before its memory can be reused");
});

test("an old KVM with only the first clock MSR (12h) is used through that MSR", () => {
  const table = cpuidTable([[0, [0xd, 0, 0, 0]], leafOne(true), XSAVE_LEAF, ...kvmLeaves(0x1)]);
  const { hardware, description } = calibrate({ tscHz: TSC_HZ, cpuid: table, pvclock: PVCLOCK });
  assert.ok(description.startsWith("kvm-clock"), description);
  assert.is(hardware.msrWrites[0][0], 0x12);
});

test("TCG's CPUID (15h and 16h repeat leaf 0Dh, hypervisor TCGTCGTCGTCG): the PIT, within its bound", () => {
  const table = cpuidTable([[0, [0xd, 0, 0, 0]], leafOne(true), XSAVE_LEAF, [0x40000000, [0x40000001, 0x54474354, 0x43544743, 0x47435447]]]);
  const { hardware, frequency, description } = calibrate({ tscHz: TSC_HZ, cpuid: table, cyclesPerPortAccess: 100 });
  const match = /^pit, calibrated in [\d.]+ ms, window ([\d.]+) ms, (\d+) port accesses, error bound (\d+) ppm$/.exec(description);
  assert.ok(match, description);
  const [windowMilliseconds, accesses, boundPpm] = [Number(match![1]), Number(match![2]), Number(match![3])];
  assert.ok(windowMilliseconds >= 10 && windowMilliseconds < 10.1, `window ${windowMilliseconds} ms`);
  assert.is(accesses, hardware.portAccesses);
  assert.ok(boundPpm <= 30, `bound ${boundPpm} ppm: reads quicker than a tick bracket each step closely`);
  assert.ok(Math.abs(frequency - TSC_HZ) / TSC_HZ <= boundPpm / 1e6, `${frequency} Hz`);
  assert.is(hardware.msrWrites.length, 0, "no KVM clock without KVM's signature");
});

test("a PIT behind 25 us traps (kvm_pvm without its clock) runs the full 50 ms window", () => {
  const table = cpuidTable([[0, [0x1c, 0, 0, 0]], leafOne(true), ...kvmLeaves(0)]);
  const { frequency, description } = calibrate({ tscHz: TSC_HZ, cpuid: table, cyclesPerPortAccess: 66_000 });
  const match = /window ([\d.]+) ms, (\d+) port accesses, error bound (\d+) ppm$/.exec(description);
  assert.ok(match, description);
  assert.ok(Number(match![1]) >= 50 && Number(match![1]) < 50.2, description);
  assert.ok(Number(match![3]) > 50, "the bound could not reach the target");
  assert.ok(Math.abs(frequency - TSC_HZ) / TSC_HZ <= Number(match![3]) / 1e6, `${frequency} Hz`);
});

test("a KVM clock that stays unfilled is skipped for the PIT", () => {
  const table = cpuidTable([[0, [0x1c, 0, 0, 0]], leafOne(true), ...kvmLeaves(0x8)]);
  const { hardware, description } = calibrate({ tscHz: TSC_HZ, cpuid: table });
  assert.ok(description.startsWith("pit"), description);
  assert.is(hardware.msrWrites.length, 2, "enabled, read as empty, disabled");
});

test("no CPUID frequency, no KVM clock and a PIT that does not count: a panic naming the sources", () => {
  const table = cpuidTable([[0, [0xd, 0, 0, 0]], leafOne(false), XSAVE_LEAF]);
  const hardware = new EmulatedClockHardware({ tscHz: TSC_HZ, cpuid: table, pitCounts: false });
  const { calibration } = loadTime(hardware);
  assert.throws(
    () => (calibration as unknown as Calibration).calibrateTime(),
    (error: Error) => error instanceof KernelPanic && /no clock to calibrate the TSC against/.test(error.message),
  );
});

test("a CPUID frequency outside 50 MHz..20 GHz is not believed", () => {
  const table = cpuidTable([[0, [0x15, 0, 0, 0]], leafOne(false), [0x15, [1, 1, 1000, 0]]]);
  const { description } = calibrate({ tscHz: TSC_HZ, cpuid: table });
  assert.ok(description.startsWith("pit"), description);
});

test.run();

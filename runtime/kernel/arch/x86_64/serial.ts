// The 16550 UART at COM1 (I/O port 0x3f8): the machine's console device.
//
// Polled: the kernel waits for the transmitter instead of taking
// interrupts, which keeps output working in any state, panics included.
// With the FIFOs on, "transmit holding register empty" means the whole
// 16-byte transmit FIFO is empty, so after seeing it the kernel writes up to
// 16 bytes before polling again: half the port accesses of polling per byte,
// which matters where each access traps to the hypervisor (under kvm_pvm one
// costs about 25 microseconds).
// Registers and bits follow the PC16550D datasheet (National Semiconductor);
// QEMU's microvm wires COM1 to the `-serial` backend (stdout for torotsc).
import { inb, outb, pause } from "toro/x86_64";

const COM1: u16 = 0x3f8;

// Register offsets from COM1. With the divisor latch bit of the line control
// register set, offsets 0 and 1 address the baud-rate divisor instead.
const TRANSMIT_HOLDING: u16 = 0;
const INTERRUPT_ENABLE: u16 = 1;
const DIVISOR_LOW: u16 = 0;
const DIVISOR_HIGH: u16 = 1;
const FIFO_CONTROL: u16 = 2;
const LINE_CONTROL: u16 = 3;
const MODEM_CONTROL: u16 = 4;
const LINE_STATUS: u16 = 5;

const LINE_CONTROL_DIVISOR_LATCH: u8 = 0x80;
/** 8 data bits, no parity, 1 stop bit, divisor latch off. */
const LINE_CONTROL_8N1: u8 = 0x03;
/** Enable both FIFOs and clear them. */
const FIFO_ENABLE_AND_CLEAR: u8 = 0x07;
/** Data terminal ready and request to send; interrupt output (OUT2) off. */
const MODEM_CONTROL_READY: u8 = 0x03;
/** Divisor 1: 115,200 baud (QEMU ignores the rate, real UARTs do not). */
const DIVISOR_115200: u8 = 1;
/** Depth of the 16550's transmit FIFO. */
const TRANSMIT_FIFO_SIZE: i32 = 16;

/** The transmit holding register can take a byte. */
const LINE_STATUS_TRANSMIT_EMPTY: u8 = 0x20;
/** The holding and shift registers are both empty: every byte has left. */
const LINE_STATUS_TRANSMITTER_IDLE: u8 = 0x40;

/**
 * Bytes that may be written before the line status must be read again:
 * 0 until the transmit FIFO has been seen empty, then at most its size. One
 * count for the device, whichever core writes: only the holder of the
 * console lock writes (console.ts).
 * @shared
 */
let transmitRoom: i32 = 0;

export function serialInit(): void {
  outb(COM1 + INTERRUPT_ENABLE, 0);
  outb(COM1 + LINE_CONTROL, LINE_CONTROL_DIVISOR_LATCH);
  outb(COM1 + DIVISOR_LOW, DIVISOR_115200);
  outb(COM1 + DIVISOR_HIGH, 0);
  outb(COM1 + LINE_CONTROL, LINE_CONTROL_8N1);
  outb(COM1 + FIFO_CONTROL, FIFO_ENABLE_AND_CLEAR);
  outb(COM1 + MODEM_CONTROL, MODEM_CONTROL_READY);
}

export function serialWriteByte(value: u8): void {
  if (transmitRoom === 0) {
    while ((inb(COM1 + LINE_STATUS) & LINE_STATUS_TRANSMIT_EMPTY) === 0) {
      pause();
    }
    transmitRoom = TRANSMIT_FIFO_SIZE;
  }
  outb(COM1 + TRANSMIT_HOLDING, value);
  transmitRoom--;
}

/** Waits until every byte written has been sent (before the machine exits). */
export function serialFlush(): void {
  while ((inb(COM1 + LINE_STATUS) & LINE_STATUS_TRANSMITTER_IDLE) === 0) {
    pause();
  }
}

# ring0_panic.s: the last-resort report for faults in ring 0, where the
# compiled runtime cannot run (boot.s explains the privilege model).
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
#
# The caller (exception_entry.s) builds one line from the
# pieces below and finish with `__toro_ring0_panic_end`, which ends the run
# with the panic status. The line starts with "panic: " like every report
# of the runtime (panic.ts). Only general registers and port I/O are used:
# no SSE, no x87, no memory beyond the ring-0 stack, so it works whatever
# state the machine is in. COM1 is polled as serial.ts does (PC16550D line
# status bits); it needs no set-up under QEMU, which ignores the baud rate.
#
# Registers: each routine may change rax, rcx, rdx, rsi and the flags.

        .set COM1, 0x3f8
        .set LINE_STATUS, COM1 + 5
        .set LINE_STATUS_TRANSMIT_EMPTY, 0x20
        .set LINE_STATUS_TRANSMITTER_IDLE, 0x40
        .set NEWLINE, 10

        # Shared with ring-3 assembly: the panic status (panic.ts's
        # PANIC_EXIT_CODE) and QEMU's isa-debug-exit port (debug_exit.ts).
        .globl __toro_panic_exit_code
        .set __toro_panic_exit_code, 101
        .globl __toro_debug_exit_port
        .set __toro_debug_exit_port, 0xf4

        .text

# Writes the byte in al.
        .p2align 4
ring0_write_byte:
        mov %eax, %ecx
        mov $LINE_STATUS, %edx
1:      inb %dx, %al
        test $LINE_STATUS_TRANSMIT_EMPTY, %al
        jz 1b
        mov %ecx, %eax
        mov $COM1, %edx
        outb %al, %dx
        ret

# Writes the NUL-terminated text at rsi.
        .globl __toro_ring0_write_text
        .p2align 4
__toro_ring0_write_text:
1:      movzbl (%rsi), %eax
        test %al, %al
        jz 2f
        call ring0_write_byte
        inc %rsi
        jmp 1b
2:      ret

# Writes rax as "0x" and 16 hexadecimal digits (as consoleWriteHex does).
        .globl __toro_ring0_write_hex
        .p2align 4
__toro_ring0_write_hex:
        push %rbx
        push %rdi
        mov %rax, %rbx
        mov $'0', %eax
        call ring0_write_byte
        mov $'x', %eax
        call ring0_write_byte
        mov $16, %edi
1:      rol $4, %rbx
        mov %ebx, %eax
        and $15, %eax
        cmp $10, %eax
        jb 2f
        add $'a' - '0' - 10, %eax
2:      add $'0', %eax
        call ring0_write_byte
        dec %edi
        jnz 1b
        pop %rdi
        pop %rbx
        ret

# Writes rax, which must be below 100, in decimal (exception vectors, call
# numbers); a larger value is written in hexadecimal instead.
        .globl __toro_ring0_write_small_decimal
        .p2align 4
__toro_ring0_write_small_decimal:
        cmp $100, %rax
        jae __toro_ring0_write_hex
        push %rbx
        mov $10, %ecx
        xor %edx, %edx
        div %ecx                        # eax = tens, edx = units
        mov %edx, %ebx
        test %eax, %eax
        jz 1f
        add $'0', %eax
        call ring0_write_byte
1:      lea '0'(%rbx), %eax
        call ring0_write_byte
        pop %rbx
        ret

# Ends the line and the run: newline, wait until the UART has sent
# everything, then exit with the panic status. Never returns; a machine
# without the exit device halts with interrupts off.
        .globl __toro_ring0_panic_end
        .p2align 4
__toro_ring0_panic_end:
        mov $NEWLINE, %eax
        call ring0_write_byte
        mov $LINE_STATUS, %edx
1:      inb %dx, %al
        test $LINE_STATUS_TRANSMITTER_IDLE, %al
        jz 1b
        mov $__toro_panic_exit_code, %eax
        mov $__toro_debug_exit_port, %edx
        outl %eax, %dx
2:      cli
        hlt
        jmp 2b

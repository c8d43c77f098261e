# collector_roots.s: what the garbage collector (runtime/kernel/memory/roots.ts)
# needs from the machine to find its roots. No compiled code can name a
# register or a linker symbol, hence these few instructions.
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
# SysV ABI: argument in rdi, result in rax; rcx, rdx are caller-saved.


        .text

# usize __toro_spill_registers(usize buffer)
# Stores the callee-saved registers rbx, rbp, r12, r13, r14, r15 at buffer + 0
# .. 40 and returns the caller's stack pointer (rsp before the call). Values the
# caller's callers keep in those registers are then in the buffer; everything
# they keep in memory is on the stack above the returned address.
        .globl __toro_spill_registers
        .type __toro_spill_registers, @function
        .p2align 4
__toro_spill_registers:
        mov %rbx, 0(%rdi)
        mov %rbp, 8(%rdi)
        mov %r12, 16(%rdi)
        mov %r13, 24(%rdi)
        mov %r14, 32(%rdi)
        mov %r15, 40(%rdi)
        lea 8(%rsp), %rax
        ret
        .size __toro_spill_registers, . - __toro_spill_registers

# usize __toro_stack_pointer(void)
# The caller's stack pointer (rsp before the call): called first thing in
# __toro_kernel_main, it gives a stack top above every later frame.
        .globl __toro_stack_pointer
        .type __toro_stack_pointer, @function
        .p2align 4
__toro_stack_pointer:
        lea 8(%rsp), %rax
        ret
        .size __toro_stack_pointer, . - __toro_stack_pointer

# usize __toro_instance_base(void): the GS base, that is the running core's
# program-instance block (compiler/lower/instance-variables.ts), read from
# the block's first field, which holds the block's own address (rdmsr would
# need ring 0).
        .globl __toro_instance_base
        .type __toro_instance_base, @function
        .p2align 4
__toro_instance_base:
        mov %gs:0, %rax
        ret
        .size __toro_instance_base, . - __toro_instance_base

# usize __toro_instance_bytes(void): the compiler's __toro_instance_size.
        .globl __toro_instance_bytes
        .type __toro_instance_bytes, @function
        .p2align 4
__toro_instance_bytes:
        mov __toro_instance_size(%rip), %rax
        ret
        .size __toro_instance_bytes, . - __toro_instance_bytes

# usize __toro_static_roots_start(void), __toro_static_roots_end(void): the
# writable data of the image that may hold references (linker.ld).
        .globl __toro_static_roots_start
        .type __toro_static_roots_start, @function
        .p2align 4
__toro_static_roots_start:
        lea __toro_roots_data_start(%rip), %rax
        ret
        .size __toro_static_roots_start, . - __toro_static_roots_start

        .globl __toro_static_roots_end
        .type __toro_static_roots_end, @function
        .p2align 4
__toro_static_roots_end:
        lea __toro_roots_data_end(%rip), %rax
        ret
        .size __toro_static_roots_end, . - __toro_static_roots_end

# wake_interrupt.s: the interrupt that wakes a halted core, and the ring-3
# halt it can cut short (sched/platform.ts waitForEvent uses them).
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
#
# The race it closes: a core checks its wake flag, finds it clear and halts;
# if another core sets the flag and sends the wake IPI between the check and
# the hlt, the interrupt arrives while the core is still in ring 3 and the hlt
# that follows would sleep through it. So the interrupt entry looks at where
# it interrupted ring 3: anywhere in [__toro_idle_check, __toro_idle_halt] it
# moves the return address past the hlt. (The hlt itself traps to ring 0,
# privileged_emulation.s, which executes sti;hlt there: an interrupt arriving
# during that halt ends it.)
#
# The entry runs in ring 0 on the core's ring-0 stack: no SSE, nothing but
# the EOI to the local APIC (its MMIO page is identity-mapped).

        .set LAPIC_EOI, 0xfee000b0
        # Offsets in the interrupt frame after the two pushes below.
        .set SAVED_RIP, 16
        .set SAVED_CS, 24
        .set RING_MASK, 3

        .text
        .globl __toro_wake_interrupt_entry
        .type __toro_wake_interrupt_entry, @function
        .p2align 4
__toro_wake_interrupt_entry:
        push %rax
        push %rcx
        testb $RING_MASK, SAVED_CS(%rsp)
        jz 1f                           # from ring 0 (the emulated hlt): just return
        mov SAVED_RIP(%rsp), %rax
        lea __toro_idle_check(%rip), %rcx
        cmp %rcx, %rax
        jb 1f
        lea __toro_idle_halt(%rip), %rcx
        cmp %rcx, %rax
        ja 1f
        lea __toro_idle_done(%rip), %rcx
        mov %rcx, SAVED_RIP(%rsp)       # between the check and the hlt: skip the hlt
1:      mov $LAPIC_EOI, %eax
        movl $0, (%rax)
        pop %rcx
        pop %rax
        iretq
        .size __toro_wake_interrupt_entry, . - __toro_wake_interrupt_entry

# The local APIC's spurious vector: no EOI is due (Intel SDM vol. 3, 11.9).
        .globl __toro_spurious_interrupt_entry
        .type __toro_spurious_interrupt_entry, @function
        .p2align 4
__toro_spurious_interrupt_entry:
        iretq
        .size __toro_spurious_interrupt_entry, . - __toro_spurious_interrupt_entry

# void __toro_halt_unless_woken(usize flag, usize timerCountRegister, u32 count)
# Ring 3. Halts unless *flag is nonzero; arms the local APIC one-shot timer
# with `count` (when nonzero) inside the checked range, so a timer that fires
# early is also caught by the rip test above.
        .globl __toro_halt_unless_woken
        .type __toro_halt_unless_woken, @function
        .p2align 4
__toro_halt_unless_woken:
__toro_idle_check:
        cmpq $0, (%rdi)
        jne __toro_idle_done
        test %edx, %edx
        jz 1f
        movl %edx, (%rsi)
1:
__toro_idle_halt:
        hlt
__toro_idle_done:
        ret
        .size __toro_halt_unless_woken, . - __toro_halt_unless_woken

        .globl __toro_wake_interrupt_address
        .type __toro_wake_interrupt_address, @function
__toro_wake_interrupt_address:
        lea __toro_wake_interrupt_entry(%rip), %rax
        ret
        .size __toro_wake_interrupt_address, . - __toro_wake_interrupt_address

        .globl __toro_spurious_interrupt_address
        .type __toro_spurious_interrupt_address, @function
__toro_spurious_interrupt_address:
        lea __toro_spurious_interrupt_entry(%rip), %rax
        ret
        .size __toro_spurious_interrupt_address, . - __toro_spurious_interrupt_address

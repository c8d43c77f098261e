# context_switch.s: how the cooperative scheduler (runtime/kernel/sched/)
# moves a core from one thread to another. Ring 3, like all compiled code;
# nothing here is privileged.
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
#
# A suspended thread is one stack pointer. The thread that gives up the core
# calls __toro_context_switch, which pushes what the SysV ABI makes
# callee-saved onto the thread's own stack and stores the stack pointer in
# the thread's record; the incoming thread's stack pointer is loaded and the
# same block popped, and `ret` returns into the incoming thread's own call of
# __toro_context_switch. Caller-saved registers need nothing: the call
# already told the compiler they do not survive. So the saved block is, from
# the saved stack pointer up (CONTEXT_BYTES = 64, 16-byte aligned):
#      0  x87 control word (fnstcw; 2 bytes, then 2 unused)
#      4  MXCSR (stmxcsr)
#      8  r15   16 r14   24 r13   32 r12   40 rbx   48 rbp
#     56  return address
# The x87 control word and MXCSR are callee-saved control state in the SysV
# ABI (their status bits are not, but travel along harmlessly); the xmm and
# x87 data registers are caller-saved and not kept.
#
# A thread that has never run gets the same block, built by
# __toro_context_initialise, whose return address is the trampoline below
# and whose r12..r15 carry what the trampoline needs: r15 = the scheduler's
# begin hook, r12 = the entry function, r13 = its argument, r14 = the
# scheduler's finish hook (it ends the thread and never returns). The
# trampoline calls begin(), entry(argument), then finish().
#
# __toro_context_enter is the same start without a new stack: it saves the
# caller's context (resumable by __toro_context_switch, as any suspended
# thread's) and goes on as a new thread on the same stack, just below the
# saved block. The scheduler runs a core's main thread on the core's boot
# stack this way (keeping that stack's guard page), and resumes the saved
# context when the core's instance has finished.
#
# Alignment: the ABI wants rsp = 8 (mod 16) at a function's first
# instruction (just after the call pushed its return address). Six pushes
# and 8 more bytes from there leave every saved stack pointer at 0 (mod 16);
# popping a block and `ret` then leave rsp at the caller's pre-call value
# again. A new thread's block sits 16-byte aligned, so the trampoline starts
# with rsp = 0 (mod 16), as a function's caller would, and calls from there.

        .set CONTEXT_BYTES, 64
        # Two zero words above a new thread's first frame: a zero return
        # address and a zero saved rbp end every stack walk there.
        .set STACK_TOP_RESERVE, 16
        # Power-up values (Intel SDM vol. 1, 8.1.5 and 10.2.3): every x87
        # and SSE floating-point exception masked, round to nearest, x87
        # at double-extended precision.
        .set INITIAL_X87_CONTROL, 0x037f
        .set INITIAL_MXCSR, 0x1f80

        .text

# void __toro_context_switch(usize saveStackPointerAt, usize resumeStackPointer)
# Suspends the caller: its context goes on its stack and rsp into
# *saveStackPointerAt; then resumes the context whose saved stack pointer is
# resumeStackPointer. Returns when some thread switches back to the caller.
        .globl __toro_context_switch
        .type __toro_context_switch, @function
        .p2align 4
__toro_context_switch:
        push %rbp
        push %rbx
        push %r12
        push %r13
        push %r14
        push %r15
        sub $8, %rsp
        fnstcw (%rsp)
        stmxcsr 4(%rsp)
        mov %rsp, (%rdi)
        mov %rsi, %rsp
        fldcw (%rsp)
        ldmxcsr 4(%rsp)
        add $8, %rsp
        pop %r15
        pop %r14
        pop %r13
        pop %r12
        pop %rbx
        pop %rbp
        ret
        .size __toro_context_switch, . - __toro_context_switch

# usize __toro_context_initialise(usize stackTop, usize entry, i64 argument,
#                                 begin: () => void, finish: () => void)
# Writes the saved context of a thread that has not run yet below stackTop
# (16-byte aligned) and returns its saved stack pointer, for a later
# __toro_context_switch. Writes only the CONTEXT_BYTES + STACK_TOP_RESERVE
# bytes below stackTop.
        .globl __toro_context_initialise
        .type __toro_context_initialise, @function
        .p2align 4
__toro_context_initialise:
        lea -(CONTEXT_BYTES + STACK_TOP_RESERVE)(%rdi), %rax
        movq $0, CONTEXT_BYTES(%rax)
        movq $0, CONTEXT_BYTES + 8(%rax)
        movl $INITIAL_X87_CONTROL, 0(%rax)
        movl $INITIAL_MXCSR, 4(%rax)
        mov %rcx, 8(%rax)               # r15: begin
        mov %r8, 16(%rax)               # r14: finish
        mov %rdx, 24(%rax)              # r13: argument
        mov %rsi, 32(%rax)              # r12: entry
        movq $0, 40(%rax)               # rbx
        movq $0, 48(%rax)               # rbp: the end of frame-pointer walks
        lea __toro_thread_trampoline(%rip), %rcx
        mov %rcx, 56(%rax)
        ret
        .size __toro_context_initialise, . - __toro_context_initialise

# void __toro_context_enter(usize saveStackPointerAt, usize entry, i64 argument,
#                           begin: () => void, finish: () => void)
# Saves the caller's context as __toro_context_switch does, then becomes a
# new thread on the same stack (below the saved block): begin(),
# entry(argument), finish(). Returns when the saved context is resumed.
        .globl __toro_context_enter
        .type __toro_context_enter, @function
        .p2align 4
__toro_context_enter:
        push %rbp
        push %rbx
        push %r12
        push %r13
        push %r14
        push %r15
        sub $8, %rsp
        fnstcw (%rsp)
        stmxcsr 4(%rsp)
        mov %rsp, (%rdi)
        mov %rcx, %r15
        mov %r8, %r14
        mov %rdx, %r13
        mov %rsi, %r12
        xor %ebp, %ebp
        jmp __toro_thread_trampoline
        .size __toro_context_enter, . - __toro_context_enter

# The first instructions of every thread, with rsp = 0 (mod 16) and r12..r15
# as described at the top. finish() never returns; ud2 makes a return a
# CPU exception report instead of running into whatever follows.
        .type __toro_thread_trampoline, @function
        .p2align 4
__toro_thread_trampoline:
        call *%r15
        mov %r13, %rdi
        call *%r12
        call *%r14
        ud2
        .size __toro_thread_trampoline, . - __toro_thread_trampoline

# usize __toro_thread_entry_address(entry: (argument: i64) => void)
# A function value is the function's address (docs/runtime-abi.md): this
# gives it as a number, to be stored in a thread record that another core
# reads.
        .globl __toro_thread_entry_address
        .type __toro_thread_entry_address, @function
        .p2align 4
__toro_thread_entry_address:
        mov %rdi, %rax
        ret
        .size __toro_thread_entry_address, . - __toro_thread_entry_address

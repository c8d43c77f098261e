# libcalls.s: the C library functions LLVM's code generator may call on its
# own: memset, memcpy, memmove, memcmp.
#
# Assemble with: llvm-mc-14 -triple=x86_64-unknown-none -filetype=obj
#
# There is no C library in the image, yet LLVM turns zeroing and copying
# loops (the heap's zeroing, typed-array fill/set) and large aggregate copies
# into calls to these symbols. They are written here with `rep` string
# instructions rather than in the dialect or in IR, where the optimiser would
# recognise the loop and turn the function into a call to itself.
# SysV ABI: arguments in rdi, rsi, rdx; result in rax; the direction flag is
# clear on entry and must be clear on return.

        .text

# void *memset(void *destination, int value, size_t count)
        .globl memset
        .type memset, @function
        .p2align 4
memset:
        mov %rdi, %r8
        mov %esi, %eax
        mov %rdx, %rcx
        rep stosb
        mov %r8, %rax
        ret
        .size memset, . - memset

# void *memcpy(void *destination, const void *source, size_t count)
# The ranges must not overlap.
        .globl memcpy
        .type memcpy, @function
        .p2align 4
memcpy:
        mov %rdi, %rax
        mov %rdx, %rcx
        rep movsb
        ret
        .size memcpy, . - memcpy

# void *memmove(void *destination, const void *source, size_t count)
# Copies backwards when the destination starts inside the source, so that
# no byte is overwritten before it is read.
        .globl memmove
        .type memmove, @function
        .p2align 4
memmove:
        mov %rdi, %rax
        mov %rdx, %rcx
        mov %rdi, %r8
        sub %rsi, %r8                   # destination - source (unsigned)
        cmp %rdx, %r8
        jb 1f                           # destination in [source, source + count)
        rep movsb
        ret
1:      lea -1(%rsi, %rdx), %rsi
        lea -1(%rdi, %rdx), %rdi
        std
        rep movsb
        cld
        ret
        .size memmove, . - memmove

# int memcmp(const void *first, const void *second, size_t count)
# The difference of the first differing bytes, compared as unsigned; 0 when
# the ranges are equal.
        .globl memcmp
        .type memcmp, @function
        .p2align 4
memcmp:
        xor %eax, %eax
        xor %ecx, %ecx
1:      cmp %rdx, %rcx
        je 2f
        movzbl (%rdi, %rcx), %eax
        movzbl (%rsi, %rcx), %r8d
        inc %rcx
        sub %r8d, %eax
        jz 1b
2:      ret
        .size memcmp, . - memcmp

# double fmod(double x, double y): what LLVM calls for the `%` of doubles
# (frem). x87's fprem computes the exact remainder with the sign of x, as C's
# fmod and JavaScript's % do; it reduces at most 64 exponent steps per
# iteration and sets C2 while the reduction is incomplete, hence the loop.
# NaN, an infinite x or a zero y give NaN; an infinite y gives x.
# SysV ABI: x in xmm0, y in xmm1, result in xmm0.
        .globl fmod
        .type fmod, @function
        .p2align 4
fmod:
        sub $16, %rsp
        movsd %xmm1, (%rsp)
        fldl (%rsp)
        movsd %xmm0, 8(%rsp)
        fldl 8(%rsp)
1:
        fprem
        fnstsw %ax
        testw $0x400, %ax
        jnz 1b
        fstpl 8(%rsp)
        fstp %st(0)
        movsd 8(%rsp), %xmm0
        add $16, %rsp
        ret
        .size fmod, . - fmod

; privileged_check.ll: a kernel main in LLVM IR that runs every privileged
; intrinsic of toro/x86_64 from ring 3, where each raises #GP and is
; performed in ring 0 by runtime/kernel/arch/x86_64/privileged_emulation.s.
; Built like boot_check.ll (tests/run/boot_image.ts) and booted by
; tests/run/privileged.test.ts under every accelerator.
;
; It prints one line per check, "<name> ok" or "<name> bad <value>", then
; "done" and exits with the number of failed checks (0 when all pass). An
; unexpected CPU exception prints "exception <vector> rip <rip>" and exits
; with 100 + vector.
;
; With a command line starting with "f" it then loads the IDT from 4 GiB,
; which boot.s leaves unmapped, so that the emulation itself faults in ring 0
; (a page fault reading the pseudo-descriptor): that must end in
; ring0_panic.s's report and the panic status 101.
;
; The values checked are what boot.s establishes: CR0.PG and PE, CR4.PAE and
; OSFXSR, EFER.LME and LMA, CR3 = a page-aligned table below 4 GiB. Writes
; store back the value just read (harmless, and the next read shows whether
; the write took effect without breaking paging). The interrupt flag itself
; is not checked: kvm_pvm always shows IF = 1 in ring 3 (boot.s), so cli and
; sti are checked to run, not to change it.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-none"

declare void @__intrinsic_outb(i16, i8)
declare i8 @__intrinsic_inb(i16)
declare void @__intrinsic_outl(i16, i32)
declare i8 @__intrinsic_load8(i64)
declare i64 @__intrinsic_load64(i64)
declare void @__intrinsic_cli()
declare void @__intrinsic_sti()
declare i64 @__intrinsic_rdmsr(i32)
declare void @__intrinsic_wrmsr(i32, i64)
declare i64 @__intrinsic_readCr0()
declare i64 @__intrinsic_readCr2()
declare i64 @__intrinsic_readCr3()
declare i64 @__intrinsic_readCr4()
declare void @__intrinsic_writeCr0(i64)
declare void @__intrinsic_writeCr3(i64)
declare void @__intrinsic_writeCr4(i64)
declare void @__intrinsic_lidt(i64)
declare void @__intrinsic_lgdt(i64)
declare i64 @__intrinsic_idtStorage()

; boot.s: the GDT's pseudo-descriptor.
; The per-instance variable block that boot.s sets up for compiled programs
; (compiler/lower/instance-variables.ts): this check needs only field 0.
@__toro_instance_template = constant [1 x i64] zeroinitializer
@__toro_instance_size = constant i64 8
@__toro_instance_boot = global [1 x i64] zeroinitializer, align 4096

@__toro_gdt_pointer = external dso_local global i8

@cr0_text = private constant [4 x i8] c"cr0\00"
@cr3_text = private constant [4 x i8] c"cr3\00"
@cr4_text = private constant [4 x i8] c"cr4\00"
@efer_text = private constant [5 x i8] c"efer\00"
@write_cr0_text = private constant [10 x i8] c"write cr0\00"
@write_cr3_text = private constant [10 x i8] c"write cr3\00"
@write_cr4_text = private constant [10 x i8] c"write cr4\00"
@wrmsr_text = private constant [6 x i8] c"wrmsr\00"
@tables_text = private constant [10 x i8] c"lidt lgdt\00"
@flags_text = private constant [8 x i8] c"cli sti\00"
@ok_text = private constant [5 x i8] c" ok\0A\00"
@bad_text = private constant [6 x i8] c" bad \00"
@newline = private constant [2 x i8] c"\0A\00"
@done_text = private constant [6 x i8] c"done\0A\00"
@exception_text = private constant [11 x i8] c"exception \00"
@rip_text = private constant [6 x i8] c" rip \00"

@failures = internal global i32 0

define internal void @put(i8 %byte) #0 {
entry:
  br label %wait
wait:
  %status = call i8 @__intrinsic_inb(i16 1021)
  %empty = and i8 %status, 32
  %ready = icmp ne i8 %empty, 0
  br i1 %ready, label %send, label %wait
send:
  call void @__intrinsic_outb(i16 1016, i8 %byte)
  ret void
}

define internal void @print(i64 %address) #0 {
entry:
  br label %loop
loop:
  %a = phi i64 [ %address, %entry ], [ %next, %body ]
  %c = call i8 @__intrinsic_load8(i64 %a)
  %end = icmp eq i8 %c, 0
  br i1 %end, label %done, label %body
body:
  call void @put(i8 %c)
  %next = add i64 %a, 1
  br label %loop
done:
  ret void
}

define internal void @print_hex(i64 %value) #0 {
entry:
  call void @put(i8 48)
  call void @put(i8 120)
  br label %loop
loop:
  %shift = phi i64 [ 60, %entry ], [ %nextshift, %loop ]
  %v = lshr i64 %value, %shift
  %d = and i64 %v, 15
  %d8 = trunc i64 %d to i8
  %isdigit = icmp ult i8 %d8, 10
  %digit = add i8 %d8, 48
  %letter = add i8 %d8, 87
  %ch = select i1 %isdigit, i8 %digit, i8 %letter
  call void @put(i8 %ch)
  %nextshift = sub i64 %shift, 4
  %more = icmp sge i64 %nextshift, 0
  br i1 %more, label %loop, label %done
done:
  ret void
}

; Prints "<name> ok" when %passed, else "<name> bad <value>" and counts it.
define internal void @report(i64 %name, i1 %passed, i64 %value) #0 {
entry:
  call void @print(i64 %name)
  br i1 %passed, label %good, label %bad
good:
  call void @print(i64 ptrtoint ([5 x i8]* @ok_text to i64))
  ret void
bad:
  call void @print(i64 ptrtoint ([6 x i8]* @bad_text to i64))
  call void @print_hex(i64 %value)
  call void @print(i64 ptrtoint ([2 x i8]* @newline to i64))
  %old = load i32, i32* @failures
  %new = add i32 %old, 1
  store i32 %new, i32* @failures
  ret void
}

; All bits of %mask set in %value.
define internal i1 @has_bits(i64 %value, i64 %mask) #0 {
  %masked = and i64 %value, %mask
  %all = icmp eq i64 %masked, %mask
  ret i1 %all
}

define void @__toro_kernel_main(i64 %startInfo) #0 {
entry:
  ; cr0: PG (bit 31) and PE (bit 0).
  %cr0 = call i64 @__intrinsic_readCr0()
  %cr0ok = call i1 @has_bits(i64 %cr0, i64 2147483649)
  call void @report(i64 ptrtoint ([4 x i8]* @cr0_text to i64), i1 %cr0ok, i64 %cr0)

  ; cr3: non-zero, page-aligned, below 4 GiB.
  %cr3 = call i64 @__intrinsic_readCr3()
  %cr3low = and i64 %cr3, 4095
  %cr3aligned = icmp eq i64 %cr3low, 0
  %cr3nonzero = icmp ne i64 %cr3, 0
  %cr3below = icmp ult i64 %cr3, 4294967296
  %cr3ok1 = and i1 %cr3aligned, %cr3nonzero
  %cr3ok = and i1 %cr3ok1, %cr3below
  call void @report(i64 ptrtoint ([4 x i8]* @cr3_text to i64), i1 %cr3ok, i64 %cr3)

  ; cr4: PAE (bit 5) and OSFXSR (bit 9).
  %cr4 = call i64 @__intrinsic_readCr4()
  %cr4ok = call i1 @has_bits(i64 %cr4, i64 544)
  call void @report(i64 ptrtoint ([4 x i8]* @cr4_text to i64), i1 %cr4ok, i64 %cr4)

  ; EFER (0xc0000080): LME (bit 8) and LMA (bit 10).
  %efer = call i64 @__intrinsic_rdmsr(i32 -1073741696)
  %eferok = call i1 @has_bits(i64 %efer, i64 1280)
  call void @report(i64 ptrtoint ([5 x i8]* @efer_text to i64), i1 %eferok, i64 %efer)

  ; Write each value back; reading it again must give the same value.
  call void @__intrinsic_writeCr0(i64 %cr0)
  %cr0again = call i64 @__intrinsic_readCr0()
  %cr0same = icmp eq i64 %cr0again, %cr0
  call void @report(i64 ptrtoint ([10 x i8]* @write_cr0_text to i64), i1 %cr0same, i64 %cr0again)
  call void @__intrinsic_writeCr3(i64 %cr3)
  %cr3again = call i64 @__intrinsic_readCr3()
  %cr3same = icmp eq i64 %cr3again, %cr3
  call void @report(i64 ptrtoint ([10 x i8]* @write_cr3_text to i64), i1 %cr3same, i64 %cr3again)
  call void @__intrinsic_writeCr4(i64 %cr4)
  %cr4again = call i64 @__intrinsic_readCr4()
  %cr4same = icmp eq i64 %cr4again, %cr4
  call void @report(i64 ptrtoint ([10 x i8]* @write_cr4_text to i64), i1 %cr4same, i64 %cr4again)
  call void @__intrinsic_wrmsr(i32 -1073741696, i64 %efer)
  %eferagain = call i64 @__intrinsic_rdmsr(i32 -1073741696)
  %efersame = icmp eq i64 %eferagain, %efer
  call void @report(i64 ptrtoint ([6 x i8]* @wrmsr_text to i64), i1 %efersame, i64 %eferagain)

  ; Reload the IDT and the GDT that boot.s loaded; exceptions and the next
  ; emulated instruction must still work afterwards.
  %idt = call i64 @__intrinsic_idtStorage()
  %idtDescriptor = add i64 %idt, 4096
  call void @__intrinsic_lidt(i64 %idtDescriptor)
  call void @__intrinsic_lgdt(i64 ptrtoint (i8* @__toro_gdt_pointer to i64))
  %cr0after = call i64 @__intrinsic_readCr0()
  %tablesok = icmp eq i64 %cr0after, %cr0
  call void @report(i64 ptrtoint ([10 x i8]* @tables_text to i64), i1 %tablesok, i64 %cr0after)

  ; cli and sti run (their effect on the flag is host-dependent, see above).
  call void @__intrinsic_cli()
  call void @__intrinsic_sti()
  call void @__intrinsic_cli()
  call void @report(i64 ptrtoint ([8 x i8]* @flags_text to i64), i1 true, i64 0)

  call void @print(i64 ptrtoint ([6 x i8]* @done_text to i64))
  %commandLineSlot = add i64 %startInfo, 24
  %commandLine = call i64 @__intrinsic_load64(i64 %commandLineSlot)
  %hasCommandLine = icmp ne i64 %commandLine, 0
  br i1 %hasCommandLine, label %readFlag, label %finish
readFlag:
  %flag = call i8 @__intrinsic_load8(i64 %commandLine)
  %faultInRing0 = icmp eq i8 %flag, 102   ; 'f'
  br i1 %faultInRing0, label %fault, label %finish
fault:
  call void @__intrinsic_lidt(i64 4294967296)
  br label %finish
finish:
  %failed = load i32, i32* @failures
  call void @__intrinsic_outl(i16 244, i32 %failed)
  ret void
}

define void @__toro_exception(i64 %frame) #0 {
  call void @print(i64 ptrtoint ([11 x i8]* @exception_text to i64))
  %vp = add i64 %frame, 120
  %vector = call i64 @__intrinsic_load64(i64 %vp)
  call void @print_hex(i64 %vector)
  call void @print(i64 ptrtoint ([6 x i8]* @rip_text to i64))
  %rp = add i64 %frame, 136
  %rip = call i64 @__intrinsic_load64(i64 %rp)
  call void @print_hex(i64 %rip)
  call void @print(i64 ptrtoint ([2 x i8]* @newline to i64))
  %vector32 = trunc i64 %vector to i32
  %code = add i32 %vector32, 100
  call void @__intrinsic_outl(i16 244, i32 %code)
  ret void
}

attributes #0 = { nounwind noredzone }
